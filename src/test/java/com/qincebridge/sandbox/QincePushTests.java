package com.qincebridge.sandbox;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.qincebridge.http.ApiJson;
import com.qincebridge.qince.QincePushVerifier;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pushes from the Qince simulator to a local receiver that checks them with the product's
 * verifier.
 */
class QincePushTests {

	private final Sandbox sandbox = Sandbox.start();

	private final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

	private final List<String> contentTypes = new CopyOnWriteArrayList<>();

	private final QincePushVerifier verifier = new QincePushVerifier(
			this.sandbox.qince().credentials().qincePushSecret());

	private final HttpServer receiver = startReceiver();

	@AfterEach
	void close() {
		this.receiver.stop(0);
		this.sandbox.close();
	}

	@Test
	void aStatementResyncPushArrivesAsASignedForm() {
		Push push = Push.statementResync(StatementKind.GOODS, "C101-0001,C101-0002", "2025-09-01", "2025-09-30");
		PushAnswer answer = this.sandbox.qince().push(receiverUrl(), push);
		assertThat(answer.accepted()).isTrue();
		assertThat(this.contentTypes).singleElement().asString().startsWith("application/x-www-form-urlencoded");
		Map<String, String> form = this.received.get(0);
		assertThat(form.keySet()).containsExactly("msgId", "dataId", "dataVersion", "dataFormat", "dataSource",
				"timestamp", "status", "statusTime", "tenantId", "digest", "dataType", "data");
		assertThat(form).containsEntry("dataType", "ksf_statement")
			.containsEntry("status", "0")
			.containsEntry("msgId", push.msgId());
		assertThat(form.get("timestamp")).hasSize(13).containsOnlyDigits();
		assertThat(this.verifier.isValid(form.get("data"), form.get("timestamp"), form.get("digest"))).isTrue();
		JsonNode data = ApiJson.mapper().readTree(form.get("data"));
		assertThat(data.get("customer_code").stringValue()).isEqualTo("C101-0001,C101-0002");
		assertThat(this.sandbox.qince().pushes()).singleElement().isEqualTo(answer);
	}

	@Test
	void aPushWithAWrongDigestIsRefusedByTheReceiver() {
		Push push = Push.statementResync(StatementKind.EXPENSE, "C101-0001", "2025-09-01", "2025-09-30")
			.withDigest("0".repeat(32));
		PushAnswer answer = this.sandbox.qince().push(receiverUrl(), push);
		assertThat(answer.accepted()).isFalse();
		assertThat(answer.body()).contains("\"return_code\":1");
	}

	@Test
	void aRetryKeepsItsMsgIdAndOriginalTimestampAndStillVerifies() {
		PushAnswer first = this.sandbox.qince()
			.push(receiverUrl(), Push.of("ksf_expense", "{\"customer_code\":\"C\"}"));
		Push retry = Push.of("ksf_expense", "{\"customer_code\":\"C\"}")
			.withMsgId(first.form().get("msgId"))
			.withTimestamp(first.form().get("timestamp"))
			.asRetry("2025-10-01 02:00:00");
		PushAnswer second = this.sandbox.qince().push(receiverUrl(), retry);
		assertThat(second.accepted()).isTrue();
		assertThat(second.form()).containsEntry("status", "2")
			.containsEntry("msgId", first.form().get("msgId"))
			.containsEntry("digest", first.form().get("digest"));
	}

	@Test
	void prepaymentPushesCarryTheListRowWithDetailsOrTheDeletedCode() {
		SandboxTestSupport.postQince(this.sandbox, "cuxiaoPrepayment", "addApply",
				"{\"code\":\"BR-1\",\"account\":\"fin01\",\"details\":[{\"activity_code\":\"SQ1\",\"prepayment_amount\":\"3.00\"}]}");
		this.sandbox.qince().push(receiverUrl(), this.sandbox.qince().prepaymentChangedPush("BR-1"));
		this.sandbox.qince().push(receiverUrl(), this.sandbox.qince().prepaymentDeletedPush("BR-1"));
		JsonNode changed = ApiJson.mapper().readTree(this.received.get(0).get("data"));
		assertThat(this.received.get(0)).containsEntry("dataType", "cuxiao_verify_display");
		assertThat(changed.get("prepayment_code").stringValue()).isEqualTo("BR-1");
		assertThat(changed.get("prepayment_amount").stringValue()).isEqualTo("3.00");
		assertThat(changed.get("details")).singleElement()
			.satisfies((line) -> assertThat(line.get("activity_code").stringValue()).isEqualTo("SQ1"));
		assertThat(this.received.get(1)).containsEntry("dataType", "cuxiao_prepayment_delete")
			.containsEntry("data", "{\"prepayment_code\":\"BR-1\"}");
	}

	private URI receiverUrl() {
		return URI.create("http://127.0.0.1:" + this.receiver.getAddress().getPort() + "/qince/push");
	}

	private HttpServer startReceiver() {
		try {
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
			server.createContext("/qince/push", this::receive);
			server.start();
			return server;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, String> form = new LinkedHashMap<>();
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			for (String pair : body.split("&")) {
				String[] field = pair.split("=", 2);
				form.put(URLDecoder.decode(field[0], StandardCharsets.UTF_8),
						URLDecoder.decode(field[1], StandardCharsets.UTF_8));
			}
			this.received.add(form);
			this.contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
			boolean valid = this.verifier.isValid(form.get("data"), form.get("timestamp"), form.get("digest"));
			byte[] answer = ("{\"return_code\":" + (valid ? 0 : 1) + "}").getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(200, answer.length);
			exchange.getResponseBody().write(answer);
		}
	}

}
