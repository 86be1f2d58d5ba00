package com.qincebridge.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves one simulated API over the JDK's HTTP server: counts the call, asks the fault
 * plan what happens to it, waits until the injected latency has passed since the call
 * arrived and at the gates, then answers, fails, or both (a fault after processing). A
 * simulator bug is answered with HTTP 500 and logged, so that it is never mistaken for an
 * answer of the API.
 */
final class SimulatorHandler implements HttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(SimulatorHandler.class);

	private final Protocol protocol;

	private final CallLog calls;

	private final FaultPlan faults;

	SimulatorHandler(Protocol protocol, CallLog calls, FaultPlan faults) {
		this.protocol = protocol;
		this.calls = calls;
		this.faults = faults;
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		long arrived = System.nanoTime();
		this.calls.handling();
		try (exchange) {
			Request request = Request.read(exchange);
			Protocol.Call call = this.protocol.open(request);
			FaultPlan.Decision decision = this.faults.decide(call.endpoint(),
					this.calls.record(call.endpoint(), arrived));
			// the latency counts from the call's arrival, as an API's answer time
			// includes reading the request
			sleepUntil(arrived + decision.latency().toNanos());
			for (Gate gate : decision.gates()) {
				gate.pass();
			}
			@Nullable Fault failure = decision.failure();
			@Nullable Answer answer = (failure == null || failure.processFirst()) ? call.answer() : null;
			if (failure == null) {
				send(exchange, request, Objects.requireNonNull(answer));
			}
			else if (failure.kind() == Fault.Kind.TIMEOUT) {
				// no answer: closing the exchange without headers drops the connection
				sleep(failure.duration());
			}
			else {
				send(exchange, request, failed(failure, call, answer));
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException ex) {
			logger.error("Sandbox simulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(),
					ex);
			byte[] body = ("sandbox simulator error: " + ex).getBytes(StandardCharsets.UTF_8);
			exchange.sendResponseHeaders(500, body.length);
			exchange.getResponseBody().write(body);
		}
		finally {
			this.calls.handled();
		}
	}

	private static Answer failed(Fault failure, Protocol.Call call, @Nullable Answer answer) {
		return switch (failure.kind()) {
			case HTTP_STATUS -> Answer.errorPage(failure.httpStatus(), reason(failure.httpStatus()));
			case NOT_JSON -> Answer.errorPage(200, "OK");
			case TRUNCATED -> truncated(Objects.requireNonNull(answer));
			case BUSINESS_ERROR -> call.businessError(failure.code(), failure.message());
			case LATENCY, HOLD, TIMEOUT -> throw new IllegalStateException("not a failure answer: " + failure);
		};
	}

	private static Answer truncated(Answer answer) {
		return new Answer(200, answer.contentType(), Arrays.copyOf(answer.body(), answer.body().length / 2), false);
	}

	private static void send(HttpExchange exchange, Request request, Answer answer) throws IOException {
		byte[] body = answer.body();
		exchange.getResponseHeaders().set("Content-Type", answer.contentType());
		if (answer.gzip() && request.acceptsGzip()) {
			ByteArrayOutputStream zipped = new ByteArrayOutputStream();
			try (OutputStream gzip = new GZIPOutputStream(zipped)) {
				gzip.write(body);
			}
			body = zipped.toByteArray();
			exchange.getResponseHeaders().set("Content-Encoding", "gzip");
		}
		exchange.sendResponseHeaders(answer.status(), (body.length > 0) ? body.length : -1);
		if (body.length > 0) {
			exchange.getResponseBody().write(body);
		}
	}

	/**
	 * Wait until {@code deadline} ({@link System#nanoTime()}), never returning sooner.
	 */
	private static void sleepUntil(long deadline) throws InterruptedException {
		for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
			LockSupport.parkNanos(left);
			if (Thread.interrupted()) {
				throw new InterruptedException();
			}
		}
	}

	private static void sleep(Duration duration) throws InterruptedException {
		sleepUntil(System.nanoTime() + duration.toNanos());
	}

	private static String reason(int status) {
		return switch (status) {
			case 429 -> "Too Many Requests";
			case 500 -> "Internal Server Error";
			case 502 -> "Bad Gateway";
			case 503 -> "Service Unavailable";
			case 504 -> "Gateway Time-out";
			default -> "Error";
		};
	}

}
