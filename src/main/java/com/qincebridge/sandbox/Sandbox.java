package com.qincebridge.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/**
 * The zhixdl and Qince simulators on one local HTTP server (the JDK's, on 127.0.0.1):
 * <ul>
 * <li>zhixdl at {@code POST /open/company-customize-service/query}: configure the ERP
 * client with {@link #erpBaseUrl()} and {@link ErpSimulator#appKey()};</li>
 * <li>Qince at {@code POST /api/{module}/v1/{operation}/{openid}/{timestamp}/{digest}/
 * {msg_id}}: configure the Qince client with {@link #qinceBaseUrl()} and the
 * {@link QinceSimulator#credentials()};</li>
 * <li>a read-only JSON view of what the simulators recorded under {@code GET /sandbox}
 * (see {@link InspectionHandler} for the paths).</li>
 * </ul>
 * 64 threads answer, enough for concurrent clients while faults hold some of them. The
 * state lives as long as the sandbox; {@link #reset()} forgets it. Close the sandbox to
 * stop the server; a call in flight is then cut off.
 */
public final class Sandbox implements AutoCloseable {

	private static final int THREADS = 64;

	static {
		// answers go out as headers then body: without TCP_NODELAY, Nagle's algorithm and
		// the client's delayed ACK add 40 ms to every answer on a kept-alive connection
		// (read once, when the JDK's HTTP server is first used)
		if (System.getProperty("sun.net.httpserver.nodelay") == null) {
			System.setProperty("sun.net.httpserver.nodelay", "true");
		}
	}

	private final SandboxSettings settings;

	private final ErpSimulator erp;

	private final QinceSimulator qince;

	private final HttpServer server;

	private final ExecutorService executor;

	private Sandbox(SandboxSettings settings) {
		this.settings = settings;
		this.erp = new ErpSimulator(settings.credentials().erpAppKey(), settings.data(), settings.clock());
		this.qince = new QinceSimulator(settings, this.erp.data().customers());
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newFixedThreadPool(THREADS, (task) -> {
			Thread thread = new Thread(task, "sandbox-http-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port()),
					THREADS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot listen on 127.0.0.1:" + settings.port(), ex);
		}
		this.server.setExecutor(this.executor);
		this.server.createContext(ErpProtocol.PATH, this.erp.handler());
		this.server.createContext("/api/", this.qince.handler());
		this.server.createContext("/sandbox", new InspectionHandler(this));
		this.server.start();
	}

	/** Start a sandbox with the default settings on any free port. */
	public static Sandbox start() {
		return start(SandboxSettings.defaults());
	}

	/**
	 * Start a sandbox.
	 * @throws UncheckedIOException when the port is taken
	 */
	public static Sandbox start(SandboxSettings settings) {
		return new Sandbox(settings);
	}

	public SandboxSettings settings() {
		return this.settings;
	}

	/** The port the server listens on. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The zhixdl base URL, such as {@code http://127.0.0.1:41234}. */
	public String erpBaseUrl() {
		return "http://127.0.0.1:" + port();
	}

	/** The Qince base URL (the tenant's OpenAPI地址), the same server. */
	public String qinceBaseUrl() {
		return "http://127.0.0.1:" + port();
	}

	public ErpSimulator erp() {
		return this.erp;
	}

	public QinceSimulator qince() {
		return this.qince;
	}

	/** Forget what both simulators recorded and every fault rule and data change. */
	public void reset() {
		this.erp.reset();
		this.qince.reset();
	}

	/** Stop the server, cutting off calls in flight. */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
