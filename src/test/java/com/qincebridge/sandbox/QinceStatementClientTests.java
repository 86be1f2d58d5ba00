package com.qincebridge.sandbox;

import java.util.List;

import com.qincebridge.http.ApiRejectedException;
import com.qincebridge.qince.ExpenseStatement;
import com.qincebridge.qince.ExpenseStatementTrade;
import com.qincebridge.qince.GoodsStatement;
import com.qincebridge.qince.GoodsStatementDetail;
import com.qincebridge.qince.GoodsStatementTrade;
import com.qincebridge.qince.QinceClient;
import com.qincebridge.qince.StatementCustomer;
import com.qincebridge.qince.StatementErrorLog;
import com.qincebridge.qince.StatementQuery;
import com.qincebridge.qince.StatementStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The product's Qince client against the simulator's statements and customers. */
class QinceStatementClientTests {

	private final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withStatementPageSize(2));

	private final QinceClient client = SandboxTestSupport.qinceClient(this.sandbox);

	@AfterEach
	void close() {
		this.sandbox.close();
	}

	@Test
	void aSecondSaveOverwritesAndCountsTwoSavesUnderOneStatementId() {
		this.client.saveStatement(statement("HK1012025090001", "C101-0001", "100.00").toGoodsStatement());
		this.client.saveStatement(statement("HK1012025090001", "C101-0001", "250.00").toGoodsStatement());
		SavedStatement saved = this.sandbox.qince().statement("HK1012025090001").get();
		assertThat(saved.saveCount()).isEqualTo(2);
		assertThat(saved.content().get("zchje").stringValue()).isEqualTo("250.00");
		assertThat(this.client.queryStatement(StatementQuery.page("2025-09", 1))).singleElement()
			.satisfies((status) -> assertThat(status.statementId()).isEqualTo(saved.statementId()));
	}

	@Test
	void aConfirmedStatementShowsInQueriesAndRefusesOverwrites() {
		this.client.saveStatement(statement("HK1012025090002", "C101-0002", "100.00").toGoodsStatement());
		this.sandbox.qince().confirm(StatementKind.GOODS, "HK1012025090002");
		List<StatementStatus> statuses = this.client.queryStatement(new StatementQuery("C101-0002", "2025-09", "1"));
		assertThat(statuses).singleElement().satisfies((status) -> {
			assertThat(status.statementStatus()).isEqualTo("已确认");
			assertThat(status.approveTime()).isNotEmpty();
		});
		assertThatExceptionOfType(ApiRejectedException.class).isThrownBy(
				() -> this.client.saveStatement(statement("HK1012025090002", "C101-0002", "999.00").toGoodsStatement()))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("1"));
		SavedStatement saved = this.sandbox.qince().statement("HK1012025090002").get();
		assertThat(saved.saveCount()).isEqualTo(1);
		assertThat(saved.refusedSaves()).isEqualTo(1);
		assertThat(saved.content().get("zchje").stringValue()).isEqualTo("100.00");
	}

	@Test
	void queriesArePagedAndFilteredByMonthAndCustomer() {
		for (int i = 1; i <= 5; i++) {
			this.client.saveStatement(statement("HK101202509000" + i, "C101-000" + i, "1.00").toGoodsStatement());
		}
		this.client
			.saveStatement(statement("HK1012025100001", "C101-0001", "1.00").withMonth("2025-10").toGoodsStatement());
		assertThat(this.client.queryStatement(StatementQuery.page("2025-09", 1))).hasSize(2);
		assertThat(this.client.queryStatement(StatementQuery.page("2025-09", 3))).singleElement()
			.satisfies((status) -> assertThat(status.serialNo()).isEqualTo("HK1012025090005"));
		assertThat(this.client.queryStatement(StatementQuery.page("2025-09", 4))).isEmpty();
		assertThat(this.client.queryStatement(new StatementQuery("C101-0001", "2025-10", null))).singleElement()
			.satisfies((status) -> assertThat(status.serialNo()).isEqualTo("HK1012025100001"));
	}

	@Test
	void expenseStatementsAndErrorLogsAreKeptApartFromGoodsStatements() {
		this.client.saveExpense(new ExpenseStatement("FY1012025090001", "C101-0003", null, null, "2025-09", null, null,
				null, List.of(new ExpenseStatementTrade("1", "YS-20250903-0001", "2025-09-03 00:00:00", "11", null)),
				null));
		this.client.saveExpenseError(new StatementErrorLog("C101-0004", "2025-09-01", "客户不存在!", null));
		assertThat(this.sandbox.qince().expense("FY1012025090001")).isPresent();
		assertThat(this.sandbox.qince().statement("FY1012025090001")).isEmpty();
		assertThat(this.client.queryExpenseStatement(StatementQuery.page("2025-09", 1))).hasSize(1);
		assertThat(this.client.queryStatement(StatementQuery.page("2025-09", 1))).isEmpty();
		assertThat(this.sandbox.qince().errorLogs()).singleElement()
			.satisfies((log) -> assertThat(log.kind()).isEqualTo(StatementKind.EXPENSE));
	}

	@Test
	void customersComeFromTheDataSetAndUnknownOnesCanBeRefused() {
		assertThat(this.client.getCustomers()).extracting(StatementCustomer::customerCode)
			.containsExactlyElementsOf(
					this.sandbox.erp().data().knownCustomers().stream().map(ErpCustomer::code).toList());
		this.sandbox.qince().rejectUnknownCustomers(true);
		assertThatExceptionOfType(ApiRejectedException.class)
			.isThrownBy(() -> this.client.saveStatement(statement("HK9", "NOBODY", "1.00").toGoodsStatement()))
			.withMessageContaining("客户不存在");
	}

	@Test
	void gzipAnswersReachTheClient() {
		this.sandbox.qince().gzipAnswers(true);
		this.client.saveStatement(statement("HK1012025090003", "C101-0003", "3.00").toGoodsStatement());
		assertThat(this.client.queryStatement(StatementQuery.page("2025-09", 1))).hasSize(1);
	}

	static Statement statement(String number, String customer, String shipped) {
		return new Statement(number, customer, shipped, "2025-09");
	}

	/** A small goods statement with one trade of one detail. */
	record Statement(String number, String customer, String shipped, String month) {

		Statement withMonth(String otherMonth) {
			return new Statement(this.number, this.customer, this.shipped, otherMonth);
		}

		GoodsStatement toGoodsStatement() {
			GoodsStatementDetail detail = new GoodsStatementDetail(this.number, "1", "YS-" + this.number, "CS001", "商品",
					this.shipped, "0", this.customer, null);
			GoodsStatementTrade trade = new GoodsStatementTrade(this.number, "1", "YS-" + this.number,
					this.month + "-03", "销售应收", this.shipped, "0", this.customer, null, List.of(detail), null);
			return new GoodsStatement(this.number, this.customer, null, null, this.month, null, null, null, null, null,
					null, null, "0.00", "0.00", this.shipped, "0.00", this.shipped, "0", "0", "0", List.of(trade),
					null);
		}

	}

}
