package com.qincebridge.goods;

import java.time.YearMonth;

import com.qincebridge.close.ClosedMonths;
import com.qincebridge.report.FinalCheckSteps;
import com.qincebridge.report.RunReports;
import com.qincebridge.report.StatementReportListener;
import com.qincebridge.send.PendingStatement;
import com.qincebridge.send.SendOutcome;
import com.qincebridge.send.SendProcessor;
import com.qincebridge.send.SendSteps;
import com.qincebridge.staging.ExtractWindow;
import com.qincebridge.staging.StagedWindow;
import com.qincebridge.staging.StagingSteps;
import com.qincebridge.statement.BuiltStatement;
import com.qincebridge.statement.StatementBuildSteps;
import com.qincebridge.statement.StatementInput;
import com.qincebridge.statement.StatementKind;
import com.qincebridge.support.TradeMonthRun;
import com.qincebridge.writeback.WriteBack;
import com.qincebridge.writeback.WriteBackOutcome;
import com.qincebridge.writeback.WriteBackSteps;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code statement} job: the monthly 货款对账单 (see package-info for its card). Its
 * readers, processors and writers are step-scoped: each step execution gets its own, made
 * from its job parameters, so runs of different months never share one.
 */
@Configuration(proxyBeanMethods = false)
class StatementJobConfiguration {

	private static final StatementKind KIND = StatementKind.GOODS;

	@Bean
	Job statementJob(JobRepository jobRepository, Step statementCustomersStep, Step statementExtractStep,
			Step statementQuarantineCheckStep, Step statementBuildStep, Step statementQinceStateStep,
			Step statementSendStep, Step statementVerifyStep, Step statementWriteBackStep, Step statementFinalCheckStep,
			RunReports reports, ClosedMonths closedMonths) {
		return new JobBuilder("statementJob", jobRepository).start(statementCustomersStep)
			.next(statementExtractStep)
			.next(statementQuarantineCheckStep)
			.next(statementBuildStep)
			.next(statementQinceStateStep)
			.next(statementSendStep)
			.next(statementVerifyStep)
			.next(statementWriteBackStep)
			.next(statementFinalCheckStep)
			.listener(new StatementReportListener(reports, KIND))
			.validator(closedMonths)
			.build();
	}

	@Bean
	Step statementCustomersStep(StatementBuildSteps build) {
		return build.customersStep("statementCustomersStep");
	}

	@Bean
	Step statementExtractStep(StagingSteps staging, ItemStreamReader<ExtractWindow> statementExtractReader,
			ItemProcessor<ExtractWindow, StagedWindow> statementExtractProcessor,
			ItemWriter<StagedWindow> statementExtractWriter) {
		return staging.extractStep("statementExtractStep", statementExtractReader, statementExtractProcessor,
				statementExtractWriter);
	}

	@Bean
	Step statementQuarantineCheckStep(StagingSteps staging) {
		return staging.quarantineCheckStep("statementQuarantineCheckStep", KIND.businessTypes());
	}

	@Bean
	@StepScope
	ItemStreamReader<ExtractWindow> statementExtractReader(StagingSteps staging,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return staging.reader(KIND.businessTypes(), TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemProcessor<ExtractWindow, StagedWindow> statementExtractProcessor(StagingSteps staging) {
		return staging.processor();
	}

	@Bean
	@StepScope
	ItemWriter<StagedWindow> statementExtractWriter(StagingSteps staging,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return staging.writer(stepExecution);
	}

	@Bean
	Step statementBuildStep(StatementBuildSteps build, ItemStreamReader<StatementInput> statementBuildReader,
			ItemProcessor<StatementInput, BuiltStatement> statementBuildProcessor,
			ItemWriter<BuiltStatement> statementBuildWriter) {
		return build.buildStep("statementBuildStep", statementBuildReader, statementBuildProcessor,
				statementBuildWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<StatementInput> statementBuildReader(StatementBuildSteps build,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
		return build.reader(KIND, TradeMonthRun.of(parameters), jobInstanceId);
	}

	@Bean
	@StepScope
	ItemProcessor<StatementInput, BuiltStatement> statementBuildProcessor(StatementBuildSteps build,
			OpeningBalances openings, @Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return build.processor(new GoodsStatementBuild(openings), TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemWriter<BuiltStatement> statementBuildWriter(StatementBuildSteps build,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return build.writer(jobExecutionId);
	}

	@Bean
	Step statementQinceStateStep(SendSteps send) {
		return send.qinceStateStep("statementQinceStateStep", KIND, false);
	}

	@Bean
	Step statementSendStep(SendSteps send, ItemStreamReader<PendingStatement> statementSendReader,
			SendProcessor statementSendProcessor, ItemWriter<SendOutcome> statementSendWriter) {
		return send.sendStep("statementSendStep", statementSendReader, statementSendProcessor, statementSendWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<PendingStatement> statementSendReader(SendSteps send,
			@Value("#{jobParameters['trade_month']}") String tradeMonth) {
		return send.reader(KIND, YearMonth.parse(tradeMonth));
	}

	@Bean
	@StepScope
	SendProcessor statementSendProcessor(SendSteps send,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return send.processor(TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemWriter<SendOutcome> statementSendWriter(SendSteps send,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return send.writer(stepExecution);
	}

	@Bean
	Step statementVerifyStep(SendSteps send) {
		return send.qinceStateStep("statementVerifyStep", KIND, true);
	}

	@Bean
	Step statementWriteBackStep(WriteBackSteps writeBack, ItemStreamReader<WriteBack> statementWriteBackReader,
			ItemProcessor<WriteBack, WriteBackOutcome> statementWriteBackProcessor,
			ItemWriter<WriteBackOutcome> statementWriteBackWriter) {
		return writeBack.writeBackStep("statementWriteBackStep", statementWriteBackReader, statementWriteBackProcessor,
				statementWriteBackWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<WriteBack> statementWriteBackReader(WriteBackSteps writeBack,
			@Value("#{jobParameters['trade_month']}") String tradeMonth) {
		return writeBack.reader(KIND, YearMonth.parse(tradeMonth));
	}

	@Bean
	@StepScope
	ItemProcessor<WriteBack, WriteBackOutcome> statementWriteBackProcessor(WriteBackSteps writeBack,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return writeBack.processor(TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemWriter<WriteBackOutcome> statementWriteBackWriter(WriteBackSteps writeBack,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return writeBack.writer(stepExecution);
	}

	@Bean
	Step statementFinalCheckStep(FinalCheckSteps check) {
		return check.finalCheckStep("statementFinalCheckStep", KIND);
	}

}
