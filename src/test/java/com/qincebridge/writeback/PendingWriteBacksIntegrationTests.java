package com.qincebridge.writeback;

import com.qincebridge.support.BridgeIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a write-back step's plan still has to make, on the real database: the rows of its
 * own plan without a DONE outcome of the same value (a FAILED one, or one of another
 * value, leaves the row to be made).
 */
@BridgeIntegrationTest
class PendingWriteBacksIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		this.jdbc.sql("DELETE FROM writeback_plan").update();
		this.jdbc.sql("DELETE FROM erp_writeback").update();
	}

	@Test
	void theCallsLeftAreThePlansRowsWithoutADoneOutcomeOfTheirValue() {
		plan(7, "DETAIL", "1", "S1");
		plan(7, "DETAIL", "2", "S1");
		plan(7, "DETAIL", "3", "S1");
		plan(7, "DETAIL", "4", "S1");
		plan(7, "ORDER", "1", "HK1");
		plan(8, "DETAIL", "5", "S1");
		outcome("DETAIL", "1", "S1", "DONE");
		outcome("DETAIL", "2", "S1", "FAILED");
		outcome("DETAIL", "3", "S0", "DONE");
		outcome("ORDER", "1", "HK1", "DONE");

		assertThat(PendingWriteBacks.countLeft(this.jdbc, 7)).isEqualTo(3);
		assertThat(PendingWriteBacks.countLeft(this.jdbc, 8)).isEqualTo(1);
		assertThat(PendingWriteBacks.countLeft(this.jdbc, 9)).isZero();
	}

	private void plan(long step, String target, String id, String value) {
		this.jdbc
			.sql("INSERT INTO writeback_plan (step_execution_id, business_type, target, target_id, statement_no,"
					+ " written_value, customer_code) VALUES (?, 'FB_RECEIVABLE', ?, ?, 'HK1', ?, 'C1')")
			.params(step, target, id, value)
			.update();
	}

	private void outcome(String target, String id, String value, String state) {
		this.jdbc
			.sql("INSERT INTO erp_writeback (business_type, target, target_id, written_value, statement_no, state,"
					+ " job_execution_id) VALUES ('FB_RECEIVABLE', ?, ?, ?, 'HK1', ?, 1)")
			.params(target, id, value, state)
			.update();
	}

}
