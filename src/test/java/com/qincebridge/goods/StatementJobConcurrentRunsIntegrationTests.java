package com.qincebridge.goods;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.qincebridge.sandbox.DataSetSpec;
import com.qincebridge.sandbox.ErpCustomer;
import com.qincebridge.sandbox.ErpDocumentLine;
import com.qincebridge.sandbox.ErpDocumentType;
import com.qincebridge.sandbox.Sandbox;
import com.qincebridge.sandbox.SandboxSettings;
import com.qincebridge.sandbox.SavedStatement;
import com.qincebridge.send.PendingStatement;
import com.qincebridge.send.SendOutcome;
import com.qincebridge.send.SendProcessor;
import com.qincebridge.support.BridgeIntegrationTest;
import com.qincebridge.support.SandboxConnection;
import com.qincebridge.support.TradeMonthRun;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.JobRepositoryTestUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two runs of the {@code statement} job for different months at the same time in one
 * application context: each step execution gets its own reader, processor and writer, and
 * both runs end with the exact statements of their month. The months are not adjacent, so
 * that neither run's opening balances depend on the other's.
 */
@BridgeIntegrationTest(properties = { "bridge.erp.max-attempts=2", "bridge.erp.initial-backoff=1ms" })
class StatementJobConcurrentRunsIntegrationTests {

	static final YearMonth JULY = YearMonth.of(2025, 7);

	static final YearMonth SEPTEMBER = YearMonth.of(2025, 9);

	@SandboxConnection
	static final Sandbox sandbox = Sandbox.start(SandboxSettings.defaults()
		.withData(DataSetSpec.defaults()
			.withSeed(777)
			.withSize(600)
			.withMonths(List.of(JULY, SEPTEMBER))
			.withCompanies(2)
			.withCustomersPerCompany(4)
			.withKnownCustomerShare(1.0)
			.withMalformedRate(0.0)));

	/**
	 * The step-scoped targets made, by bean name, with the job execution they were made
	 * for.
	 */
	static final Map<String, List<Made>> made = new ConcurrentHashMap<>();

	/** Opened when both runs are in their send step at once. */
	static final CountDownLatch bothSending = new CountDownLatch(2);

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Autowired
	JobOperatorTestUtils jobOperatorTestUtils;

	@Autowired
	JobRepositoryTestUtils jobRepositoryTestUtils;

	@Autowired
	JobRepository jobRepository;

	@Autowired
	Job statementJob;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		sandbox.reset();
		this.jobRepositoryTestUtils.removeJobExecutions();
		this.jobOperatorTestUtils.setJob(this.statementJob);
		for (String table : List.of("erp_line", "erp_line_quarantine", "statement_ledger", "statement_line",
				"erp_writeback", "opening_balance", "run_report")) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	@Test
	void twoMonthsAtOnceGetTheirOwnStepComponentsAndExactStatements() throws Exception {
		ExecutorService launcher = Executors.newFixedThreadPool(2);
		List<JobExecution> executions = new ArrayList<>();
		try {
			// the starts give execution ids: @SpringBatchTest would call a lambda
			// returning an execution before each test
			List<Callable<Long>> starts = List.of(() -> start(JULY), () -> start(SEPTEMBER));
			for (Future<Long> execution : launcher.invokeAll(starts, 10, TimeUnit.MINUTES)) {
				executions.add(this.jobRepository.getJobExecution(execution.get()));
			}
		}
		finally {
			launcher.shutdownNow();
		}

		assertThat(executions).extracting(JobExecution::getStatus)
			.containsExactly(BatchStatus.COMPLETED, BatchStatus.COMPLETED);
		assertThat(bothSending.getCount()).as("both runs were in their send step at once").isZero();
		Set<Long> executionIds = executions.stream().map(JobExecution::getId).collect(Collectors.toSet());
		for (String component : List.of("statementExtractReader", "statementExtractProcessor", "statementExtractWriter",
				"statementBuildReader", "statementBuildProcessor", "statementBuildWriter", "statementSendReader",
				"statementSendProcessor", "statementSendWriter", "statementWriteBackReader",
				"statementWriteBackProcessor", "statementWriteBackWriter")) {
			List<Made> instances = made.getOrDefault(component, List.of());
			assertThat(instances).as(component).hasSize(2);
			assertThat(instances).extracting(Made::jobExecutionId)
				.as(component)
				.containsExactlyInAnyOrderElementsOf(executionIds);
			assertThat(instances.get(0).instance()).as(component).isNotSameAs(instances.get(1).instance());
		}
		Map<String, Expected> expected = new TreeMap<>(expected(JULY));
		expected.putAll(expected(SEPTEMBER));
		assertThat(expected).hasSizeGreaterThan(8);
		List<SavedStatement> saved = sandbox.qince().statements(com.qincebridge.sandbox.StatementKind.GOODS);
		assertThat(saved).extracting(SavedStatement::number).containsExactlyInAnyOrderElementsOf(expected.keySet());
		for (SavedStatement statement : saved) {
			Expected want = expected.get(statement.number());
			JsonNode content = statement.content();
			assertThat(money(content, "begin_balance")).as(statement.number()).isEqualByComparingTo("0");
			assertThat(money(content, "zchje")).as(statement.number()).isEqualByComparingTo(want.shipments());
			assertThat(money(content, "zthje")).as(statement.number()).isEqualByComparingTo(want.returns());
			assertThat(money(content, "zjkje")).as(statement.number()).isEqualByComparingTo(want.receipts());
			assertThat(money(content, "zqmye")).as(statement.number()).isEqualByComparingTo(want.end());
			assertThat(statement.saveCount()).as(statement.number()).isOne();
		}
		assertThat(sandbox.erp().writeBacks()).isNotEmpty()
			.allSatisfy((writeBack) -> assertThat(writeBack.repeat()).as(writeBack.id()).isOne());
	}

	/** Run the whole month (its first run) and give the execution's id. */
	private long start(YearMonth month) throws Exception {
		return this.jobOperatorTestUtils.startJob(TradeMonthRun.wholeMonth(month).toJobParameters(0)).getId();
	}

	/**
	 * The statements of the month, computed from the generated lines by DESIGN.md's
	 * rules.
	 */
	private Map<String, Expected> expected(YearMonth month) {
		String yyyyMM = month.format(DateTimeFormatter.ofPattern("yyyyMM"));
		Map<String, Expected> expected = new TreeMap<>();
		for (ErpCustomer customer : sandbox.erp().data().knownCustomers()) {
			expected.put("HK" + customer.companyCode() + yyyyMM + customer.code(), Expected.ZERO);
		}
		sandbox.erp()
			.data()
			.companyCodes()
			.stream()
			.flatMap((company) -> Stream.of(ErpDocumentType.FB_RECEIVABLE, ErpDocumentType.FB_RECEIVE)
				.flatMap((type) -> sandbox.erp().data().lines(company, type, month)))
			.filter(ErpDocumentLine::isWellFormed)
			.forEach((line) -> {
				String number = "HK" + line.companyCode() + yyyyMM + line.counterpartyCode();
				Expected sum = expected.get(number);
				if (sum == null) {
					return;
				}
				BigDecimal amount = line.amount();
				expected.put(number, switch (line.itemType().code()) {
					case "XSYS-01" -> (amount.signum() < 0) ? sum.plusReturn(amount.abs()) : sum.plusShipment(amount);
					case "XSTH-01" -> sum.plusReturn(amount.abs());
					case "SKD-01", "SKD-04" -> sum.plusReceipt(amount);
					default -> sum;
				});
			});
		expected.values().removeIf(Expected::isEmpty);
		return expected;
	}

	private static BigDecimal money(JsonNode content, String field) {
		return new BigDecimal(content.get(field).asString());
	}

	record Made(long jobExecutionId, Object instance) {
	}

	record Expected(BigDecimal shipments, BigDecimal returns, BigDecimal receipts) {

		static final Expected ZERO = new Expected(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

		BigDecimal end() {
			return this.shipments.subtract(this.returns).subtract(this.receipts);
		}

		Expected plusShipment(BigDecimal amount) {
			return new Expected(this.shipments.add(amount), this.returns, this.receipts);
		}

		Expected plusReturn(BigDecimal amount) {
			return new Expected(this.shipments, this.returns.add(amount), this.receipts);
		}

		Expected plusReceipt(BigDecimal amount) {
			return new Expected(this.shipments, this.returns, this.receipts.add(amount));
		}

		boolean isEmpty() {
			return this.shipments.signum() == 0 && this.returns.signum() == 0 && this.receipts.signum() == 0;
		}

	}

	/**
	 * Records every step-scoped target of the statement job as it is made, and holds each
	 * run's first send until the other run sends too.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class RecordStepComponents {

		@Bean
		static BeanPostProcessor statementStepComponentRecorder() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					String prefix = "scopedTarget.statement";
					if (beanName.startsWith(prefix)) {
						long execution = StepSynchronizationManager.getContext().getStepExecution().getJobExecutionId();
						made.computeIfAbsent(beanName.substring("scopedTarget.".length()),
								(name) -> new CopyOnWriteArrayList<>())
							.add(new Made(execution, bean));
						if (beanName.equals("scopedTarget.statementSendProcessor")) {
							return heldUntilBothSend((SendProcessor) bean);
						}
					}
					return bean;
				}
			};
		}

		/**
		 * The processor, whose first send waits for the other run's first send
		 * (step-scoped targets are made one at a time, so the wait cannot be in the
		 * making).
		 */
		private static SendProcessor heldUntilBothSend(SendProcessor processor) {
			AtomicBoolean first = new AtomicBoolean(true);
			return new SendProcessor() {

				@Override
				public void beforeCalls(List<? extends PendingStatement> statements) throws Exception {
					processor.beforeCalls(statements);
				}

				@Override
				public @Nullable SendOutcome process(PendingStatement statement) throws Exception {
					if (first.getAndSet(false)) {
						bothSending.countDown();
						awaitTheOtherRun();
					}
					return processor.process(statement);
				}

			};
		}

		private static void awaitTheOtherRun() {
			try {
				if (!bothSending.await(2, TimeUnit.MINUTES)) {
					throw new IllegalStateException("the other run never reached its send step");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

}
