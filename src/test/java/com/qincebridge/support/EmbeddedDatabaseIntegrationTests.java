package com.qincebridge.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The zero-setup default: with no database configured, the product keeps everything in an
 * H2 file database in MySQL mode under {@code bridge.data-dir}, migrated by the same
 * Flyway scripts (H2 flavour of the job repository).
 */
@SpringBootTest
class EmbeddedDatabaseIntegrationTests {

	@TempDir
	static Path dataDir;

	@DynamicPropertySource
	static void dataDir(DynamicPropertyRegistry registry) {
		registry.add("bridge.data-dir", dataDir::toString);
	}

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void defaultsToAnH2FileDatabaseUnderTheDataDirectory() throws Exception {
		String product = JdbcUtils.extractDatabaseMetaData(this.dataSource, DatabaseMetaData::getDatabaseProductName);
		assertThat(product).isEqualTo("H2");
		assertThat(Files.exists(dataDir.resolve("qince-bridge.mv.db"))).isTrue();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM erp_line").query(Long.class).single()).isZero();
	}

	@Test
	void jobsRunOnTheEmbeddedJobRepository(@Autowired JobRepository jobRepository,
			@Autowired PlatformTransactionManager transactionManager, @Autowired JobOperator jobOperator)
			throws Exception {
		var step = new StepBuilder("embeddedProbeStep", jobRepository)
			.tasklet((contribution, context) -> RepeatStatus.FINISHED, transactionManager)
			.build();
		var job = new JobBuilder("embeddedProbeJob", jobRepository).start(step).build();

		JobExecution execution = jobOperator.start(job, new JobParameters());

		assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(this.jdbc.sql("SELECT status FROM BATCH_JOB_EXECUTION WHERE JOB_EXECUTION_ID = ?")
			.param(execution.getId())
			.query(String.class)
			.single()).isEqualTo("COMPLETED");
	}

}
