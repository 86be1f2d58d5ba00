package com.qincebridge.expense;

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
 * The {@code expense} job: the monthly 费用对账单 on the statement pipeline (see package-info
 * for its card). Its readers, processors and writers are step-scoped: each step execution
 * gets its own, made from its job parameters, so runs of different months never share
 * one.
 */
@Configuration(proxyBeanMethods = false)
class ExpenseJobConfiguration {

	private static final StatementKind KIND = StatementKind.EXPENSE;

	@Bean
	Job expenseJob(JobRepository jobRepository, Step expenseCustomersStep, Step expenseExtractStep,
			Step expenseQuarantineCheckStep, Step expenseBuildStep, Step expenseQinceStateStep, Step expenseSendStep,
			Step expenseVerifyStep, Step expenseWriteBackStep, Step expenseFinalCheckStep, RunReports reports,
			ClosedMonths closedMonths) {
		return new JobBuilder("expenseJob", jobRepository).start(expenseCustomersStep)
			.next(expenseExtractStep)
			.next(expenseQuarantineCheckStep)
			.next(expenseBuildStep)
			.next(expenseQinceStateStep)
			.next(expenseSendStep)
			.next(expenseVerifyStep)
			.next(expenseWriteBackStep)
			.next(expenseFinalCheckStep)
			.listener(new StatementReportListener(reports, KIND))
			.validator(closedMonths)
			.build();
	}

	@Bean
	Step expenseCustomersStep(StatementBuildSteps build) {
		return build.customersStep("expenseCustomersStep");
	}

	@Bean
	Step expenseExtractStep(StagingSteps staging, ItemStreamReader<ExtractWindow> expenseExtractReader,
			ItemProcessor<ExtractWindow, StagedWindow> expenseExtractProcessor,
			ItemWriter<StagedWindow> expenseExtractWriter) {
		return staging.extractStep("expenseExtractStep", expenseExtractReader, expenseExtractProcessor,
				expenseExtractWriter);
	}

	@Bean
	Step expenseQuarantineCheckStep(StagingSteps staging) {
		return staging.quarantineCheckStep("expenseQuarantineCheckStep", KIND.businessTypes());
	}

	@Bean
	@StepScope
	ItemStreamReader<ExtractWindow> expenseExtractReader(StagingSteps staging,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return staging.reader(KIND.businessTypes(), TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemProcessor<ExtractWindow, StagedWindow> expenseExtractProcessor(StagingSteps staging) {
		return staging.processor();
	}

	@Bean
	@StepScope
	ItemWriter<StagedWindow> expenseExtractWriter(StagingSteps staging,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return staging.writer(stepExecution);
	}

	@Bean
	Step expenseBuildStep(StatementBuildSteps build, ItemStreamReader<StatementInput> expenseBuildReader,
			ItemProcessor<StatementInput, BuiltStatement> expenseBuildProcessor,
			ItemWriter<BuiltStatement> expenseBuildWriter) {
		return build.buildStep("expenseBuildStep", expenseBuildReader, expenseBuildProcessor, expenseBuildWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<StatementInput> expenseBuildReader(StatementBuildSteps build,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters,
			@Value("#{stepExecution.jobExecution.jobInstance.instanceId}") long jobInstanceId) {
		return build.reader(KIND, TradeMonthRun.of(parameters), jobInstanceId);
	}

	@Bean
	@StepScope
	ItemProcessor<StatementInput, BuiltStatement> expenseBuildProcessor(StatementBuildSteps build,
			ExpenseMappingSource mapping, @Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return build.processor(new ExpenseStatementBuild(mapping.load()), TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemWriter<BuiltStatement> expenseBuildWriter(StatementBuildSteps build,
			@Value("#{stepExecution.jobExecutionId}") long jobExecutionId) {
		return build.writer(jobExecutionId);
	}

	@Bean
	Step expenseQinceStateStep(SendSteps send) {
		return send.qinceStateStep("expenseQinceStateStep", KIND, false);
	}

	@Bean
	Step expenseSendStep(SendSteps send, ItemStreamReader<PendingStatement> expenseSendReader,
			SendProcessor expenseSendProcessor, ItemWriter<SendOutcome> expenseSendWriter) {
		return send.sendStep("expenseSendStep", expenseSendReader, expenseSendProcessor, expenseSendWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<PendingStatement> expenseSendReader(SendSteps send,
			@Value("#{jobParameters['trade_month']}") String tradeMonth) {
		return send.reader(KIND, YearMonth.parse(tradeMonth));
	}

	@Bean
	@StepScope
	SendProcessor expenseSendProcessor(SendSteps send,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return send.processor(TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemWriter<SendOutcome> expenseSendWriter(SendSteps send, @Value("#{stepExecution}") StepExecution stepExecution) {
		return send.writer(stepExecution);
	}

	@Bean
	Step expenseVerifyStep(SendSteps send) {
		return send.qinceStateStep("expenseVerifyStep", KIND, true);
	}

	@Bean
	Step expenseWriteBackStep(WriteBackSteps writeBack, ItemStreamReader<WriteBack> expenseWriteBackReader,
			ItemProcessor<WriteBack, WriteBackOutcome> expenseWriteBackProcessor,
			ItemWriter<WriteBackOutcome> expenseWriteBackWriter) {
		return writeBack.writeBackStep("expenseWriteBackStep", expenseWriteBackReader, expenseWriteBackProcessor,
				expenseWriteBackWriter);
	}

	@Bean
	@StepScope
	ItemStreamReader<WriteBack> expenseWriteBackReader(WriteBackSteps writeBack,
			@Value("#{jobParameters['trade_month']}") String tradeMonth) {
		return writeBack.reader(KIND, YearMonth.parse(tradeMonth));
	}

	@Bean
	@StepScope
	ItemProcessor<WriteBack, WriteBackOutcome> expenseWriteBackProcessor(WriteBackSteps writeBack,
			@Value("#{stepExecution.jobParameters}") JobParameters parameters) {
		return writeBack.processor(TradeMonthRun.of(parameters));
	}

	@Bean
	@StepScope
	ItemWriter<WriteBackOutcome> expenseWriteBackWriter(WriteBackSteps writeBack,
			@Value("#{stepExecution}") StepExecution stepExecution) {
		return writeBack.writer(stepExecution);
	}

	@Bean
	Step expenseFinalCheckStep(FinalCheckSteps check) {
		return check.finalCheckStep("expenseFinalCheckStep", KIND);
	}

}
