package com.qincebridge.support;

import java.sql.DatabaseMetaData;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storage every job stands on, on the real MySQL/MariaDB test database: Flyway's
 * migrations, and a Spring Batch job repository that lets a failed job resume from its
 * last committed chunk.
 */
@BridgeIntegrationTest
class JobRepositoryIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JobOperator jobOperator;

	@Autowired
	Job storageProbeJob;

	@Test
	void testsRunOnMysqlOrMariadbNotH2() throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName);
		assertThat(product).isIn("MySQL", "MariaDB");
	}

	@Test
	void flywayAppliedTheJobRepositoryAndStagingMigrations() {
		List<String> versions = this.jdbc.sql(
				"SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL ORDER BY installed_rank")
			.query(String.class)
			.list();
		assertThat(versions).containsSubsequence("1", "2");
		for (String table : List.of("BATCH_JOB_INSTANCE", "BATCH_JOB_EXECUTION", "BATCH_STEP_EXECUTION",
				"BATCH_JOB_EXECUTION_SEQ", "erp_line", "erp_line_quarantine")) {
			assertThat(this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single()).as(table).isNotNull();
		}
	}

	@Test
	void failedJobResumesFromItsLastCommittedChunk() throws Exception {
		String run = UUID.randomUUID().toString().replace("-", "");
		JobParameters parameters = new JobParametersBuilder().addString("run", run).toJobParameters();
		ProbeConfiguration.failAtSeven.set(true);

		JobExecution failed = this.jobOperator.start(this.storageProbeJob, parameters);
		assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
		assertThat(probeRows(run)).containsExactly(1, 2, 3, 4, 5, 6);

		ProbeConfiguration.failAtSeven.set(false);
		JobExecution restarted = this.jobOperator.restart(failed);
		assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(restarted.getJobInstanceId()).isEqualTo(failed.getJobInstanceId());
		assertThat(restarted.getStepExecutions()).singleElement()
			.satisfies((step) -> assertThat(step.getReadCount()).as("items read after restart").isEqualTo(4));
		assertThat(probeRows(run)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
	}

	private List<Integer> probeRows(String run) {
		return this.jdbc.sql("SELECT n FROM storage_probe WHERE run = ? ORDER BY n")
			.param(run)
			.query(Integer.class)
			.list();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ProbeConfiguration {

		static final AtomicBoolean failAtSeven = new AtomicBoolean();

		@Bean
		Job storageProbeJob(JobRepository jobRepository, Step storageProbeStep) {
			return new JobBuilder("storageProbeJob", jobRepository).start(storageProbeStep).build();
		}

		@Bean
		Step storageProbeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
				JdbcClient jdbc) {
			jdbc.sql("CREATE TABLE IF NOT EXISTS storage_probe (run VARCHAR(32) NOT NULL, n INT NOT NULL, "
					+ "PRIMARY KEY (run, n))")
				.update();
			return new StepBuilder("storageProbeStep", jobRepository).<Integer, Integer>chunk(3)
				.transactionManager(transactionManager)
				.reader(new CountingReader())
				.processor((n) -> {
					if (n == 7 && failAtSeven.get()) {
						throw new IllegalStateException("planned failure at item 7");
					}
					return n;
				})
				.writer((chunk) -> chunk.forEach((n) -> jdbc.sql("INSERT INTO storage_probe (run, n) VALUES (?, ?)")
					.param(runOf())
					.param(n)
					.update()))
				.build();
		}

		private static String runOf() {
			return org.springframework.batch.core.scope.context.StepSynchronizationManager.getContext()
				.getStepExecution()
				.getJobParameters()
				.getString("run");
		}

	}

	/**
	 * Reads 1..10; on restart, it uses the saved item count to skip what was committed.
	 */
	static final class CountingReader extends AbstractItemCountingItemStreamItemReader<Integer> {

		private int next;

		CountingReader() {
			setName("storageProbeReader");
			setMaxItemCount(10);
		}

		@Override
		protected Integer doRead() {
			return ++this.next;
		}

		@Override
		protected void doOpen() {
			this.next = 0;
		}

		@Override
		protected void doClose() {
		}

		@Override
		protected void jumpToItem(int itemIndex) {
			this.next = itemIndex;
		}

	}

}
