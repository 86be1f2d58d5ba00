package com.qincebridge.statement;

import java.util.List;

import com.qincebridge.staging.StagedLine;

/**
 * One statement as the build step reads it: which statement, the customer's staged lines
 * of the month, and the statements read in the same page.
 *
 * @param key the statement
 * @param lines the lines of the kind's categories staged for the customer in the month,
 * by business type and detail id (none for a customer the run leaves out, which the
 * processor filters out)
 * @param page the keys of the page the statement was read in, itself included, so that a
 * builder can read what the page's statements need in one query instead of one per
 * statement
 */
public record StatementInput(StatementKey key, List<StagedLine> lines, List<StatementKey> page) {

}
