/**
 * Alerts to the people who run the month: when a run FAILED, when a run COMPLETED with
 * items needing attention (rejected, conflict, invalid statements, refused write-backs,
 * quarantined lines), and when Qince's pushes keep failing their digest, a message goes
 * to each configured webhook — WeCom group robot, DingTalk robot (signed), generic JSON —
 * with the job, month, counts, reason and a link to the console. For command-line runs as
 * well as {@code serve}'s. A webhook that fails is logged and retried a few times; it
 * never fails a run. No secret is ever in a message.
 */
@NullMarked
package com.qincebridge.alert;

import org.jspecify.annotations.NullMarked;
