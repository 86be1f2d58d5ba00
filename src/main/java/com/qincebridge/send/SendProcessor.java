package com.qincebridge.send;

import com.qincebridge.support.InFlightWindowTasklet;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The send step's processor, as a job declares it (a step-scoped bean): it sends one
 * statement, and before the sends of a page start it records their attempts, all in one
 * transaction.
 */
public interface SendProcessor
		extends ItemProcessor<PendingStatement, SendOutcome>, InFlightWindowTasklet.BeforeCalls<PendingStatement> {

}
