package com.qincebridge.staging;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import com.qincebridge.erp.ErpBusinessType;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DeadlockLoserDataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class LineStagerTests {

	private static final StagedWindow WINDOW = new StagedWindow(
			new ExtractWindow("C01", ErpBusinessType.FB_RECEIVABLE, LocalDate.of(2025, 9, 3)), List.of(), List.of(), 0,
			1, true);

	private final StagingRepository repository = mock(StagingRepository.class);

	private final Consumer<StagedWindow> stager = StagingSteps
		.lineStager(new TransactionTemplate(new ResourcelessTransactionManager()), this.repository, 42L);

	@Test
	void aWindowWhoseTransactionLostADeadlockIsStagedAgain() {
		doThrow(new DeadlockLoserDataAccessException("Deadlock found when trying to get lock", null)).doNothing()
			.when(this.repository)
			.stageLines(any(), eq(42L));
		this.stager.accept(WINDOW);
		verify(this.repository, times(2)).stageLines(WINDOW, 42L);
	}

	@Test
	void aWindowThatLosesThreeDeadlocksFailsWithTheDeadlock() {
		doThrow(new DeadlockLoserDataAccessException("Deadlock found when trying to get lock", null))
			.when(this.repository)
			.stageLines(any(), eq(42L));
		assertThatExceptionOfType(DeadlockLoserDataAccessException.class).isThrownBy(() -> this.stager.accept(WINDOW));
		verify(this.repository, times(3)).stageLines(WINDOW, 42L);
	}

	@Test
	void anyOtherFailureIsNotTriedAgain() {
		doThrow(new DataIntegrityViolationException("Data too long for column 'goods_code'")).when(this.repository)
			.stageLines(any(), eq(42L));
		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.stager.accept(WINDOW));
		verify(this.repository, times(1)).stageLines(WINDOW, 42L);
	}

	@Test
	void aWindowStagedAtOnceIsStagedOnce() {
		doNothing().when(this.repository).stageLines(any(), eq(42L));
		this.stager.accept(WINDOW);
		verify(this.repository, times(1)).stageLines(WINDOW, 42L);
	}

}
