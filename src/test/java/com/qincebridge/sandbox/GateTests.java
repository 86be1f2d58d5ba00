package com.qincebridge.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * A call held at a {@link Gate}: unprocessed while the gate is shut, answered as usual
 * once it opens, and let go when the rules are cleared.
 */
class GateTests {

	private final Sandbox sandbox = Sandbox.start();

	private final ErpClient erp = SandboxTestSupport.erpClient(this.sandbox);

	@AfterEach
	void close() {
		this.erp.close();
		this.sandbox.close();
	}

	@Test
	void aHeldCallWaitsUnprocessedUntilTheGateOpensWhileOtherCallsPass() throws Exception {
		Gate gate = new Gate();
		this.sandbox.erp().faults().inject("update_third_id", Fault.heldAt(gate), Trigger.onCall(1));
		List<ErpDocumentLine> lines = this.sandbox.erp()
			.data()
			.lines()
			.filter((line) -> line.type() == ErpDocumentType.FB_RECEIVABLE)
			.limit(2)
			.toList();

		CompletableFuture<Void> held = CompletableFuture
			.runAsync(() -> this.erp.updateThirdId(ErpBusinessType.FB_RECEIVABLE, lines.get(0).detailId(), "HELD"));
		awaitWaiting(gate);
		this.erp.updateThirdId(ErpBusinessType.FB_RECEIVABLE, lines.get(1).detailId(), "PASSED");

		assertThat(held).isNotDone();
		assertThat(this.sandbox.erp().writeBacks()).extracting(ErpWriteBack::value).containsExactly("PASSED");
		assertThat(gate.waiting()).isOne();

		gate.open();
		held.get(5, TimeUnit.SECONDS);
		assertThat(this.sandbox.erp().writeBacks()).extracting(ErpWriteBack::value).containsExactly("PASSED", "HELD");
		assertThat(gate.waiting()).isZero();
		assertThat(gate.held()).isOne();
		assertThat(this.sandbox.erp().calls("update_third_id")).isEqualTo(2);
	}

	@Test
	void clearingTheRulesLetsTheHeldCallsGo() throws Exception {
		Gate gate = new Gate();
		this.sandbox.erp().faults().inject("update_third_id", Fault.heldAt(gate), Trigger.always());
		ErpDocumentLine line = this.sandbox.erp()
			.data()
			.lines()
			.filter((candidate) -> candidate.type() == ErpDocumentType.FB_RECEIVABLE)
			.findFirst()
			.get();
		CompletableFuture<Void> held = CompletableFuture
			.runAsync(() -> this.erp.updateThirdId(ErpBusinessType.FB_RECEIVABLE, line.detailId(), "1"));
		awaitWaiting(gate);

		this.sandbox.erp().faults().clear();

		held.get(5, TimeUnit.SECONDS);
		assertThat(gate.isOpen()).isTrue();
		assertThat(this.sandbox.erp()
			.writeBackCount(ErpDocumentType.FB_RECEIVABLE, ErpWriteBack.Kind.THIRD_ID, line.detailId())).isOne();
	}

	@Test
	void onlyAHoldHasAGate() {
		assertThat(Fault.heldAt(new Gate()).kind()).isEqualTo(Fault.Kind.HOLD);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Fault(Fault.Kind.HOLD, Duration.ZERO, 0, "", "", false, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Fault(Fault.Kind.LATENCY, Duration.ZERO, 0, "", "", false, new Gate()));
	}

	@Test
	void aHoldAfterProcessingKeepsItsGate() {
		Gate gate = new Gate();
		Fault held = Fault.heldAt(gate).afterProcessing();

		assertThat(held.kind()).isEqualTo(Fault.Kind.HOLD);
		assertThat(held.gate()).isSameAs(gate);
		assertThat(held.processFirst()).isTrue();
	}

	private static void awaitWaiting(Gate gate) throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (gate.waiting() == 0) {
			assertThat(System.nanoTime()).as("a call waits at the gate within 5 s").isLessThan(deadline);
			Thread.sleep(10);
		}
	}

}
