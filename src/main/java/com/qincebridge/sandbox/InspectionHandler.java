package com.qincebridge.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.qincebridge.http.ApiJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import tools.jackson.databind.node.ObjectNode;

/**
 * A read-only JSON view of what the simulators recorded, for standalone use (tests use
 * the Java handles). {@code GET /sandbox} lists the views: {@code /sandbox/erp/calls},
 * {@code /sandbox/erp/write-backs}, {@code /sandbox/qince/calls},
 * {@code /sandbox/qince/customers}, {@code /sandbox/qince/statements},
 * {@code /sandbox/qince/expenses}, {@code /sandbox/qince/error-logs},
 * {@code /sandbox/qince/prepayments}, {@code /sandbox/qince/pushes}. Records are written
 * with snake_case names. Any other method than GET is answered 405, any other path 404.
 */
final class InspectionHandler implements HttpHandler {

	private final Map<String, Supplier<Object>> views;

	InspectionHandler(Sandbox sandbox) {
		ErpSimulator erp = sandbox.erp();
		QinceSimulator qince = sandbox.qince();
		this.views = Map.of("/sandbox/erp/calls", erp::calls, "/sandbox/erp/write-backs", erp::writeBacks,
				"/sandbox/qince/calls", qince::calls, "/sandbox/qince/customers", qince::customers,
				"/sandbox/qince/statements", () -> qince.statements(StatementKind.GOODS), "/sandbox/qince/expenses",
				() -> qince.statements(StatementKind.EXPENSE), "/sandbox/qince/error-logs", qince::errorLogs,
				"/sandbox/qince/prepayments",
				() -> Map.of("ap_cp", qince.prepayments(PrepaymentKind.AP_CP), "online_cost",
						qince.prepayments(PrepaymentKind.ONLINE_COST)),
				"/sandbox/qince/pushes", qince::pushes, "/sandbox", () -> index(sandbox));
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().replaceAll("/+$", "");
			Supplier<Object> view = this.views.get(path);
			int status = !"GET".equals(exchange.getRequestMethod()) ? 405 : (view == null) ? 404 : 200;
			byte[] body = ((status == 200) ? ApiJson.mapper().writeValueAsString(view.get())
					: "{\"error\":" + status + "}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", Answer.JSON);
			exchange.sendResponseHeaders(status, body.length);
			exchange.getResponseBody().write(body);
		}
	}

	private ObjectNode index(Sandbox sandbox) {
		ObjectNode index = Json.object();
		index.put("erp_base_url", sandbox.erpBaseUrl());
		index.put("qince_base_url", sandbox.qinceBaseUrl());
		List<String> paths = this.views.keySet().stream().filter((path) -> !path.equals("/sandbox")).sorted().toList();
		paths.forEach(index.putArray("views")::add);
		return index;
	}

}
