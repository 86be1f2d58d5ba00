package com.qincebridge.staging;

/**
 * The category a rule gave a line, and which rule did it.
 *
 * @param category the line's category
 * @param rule the rule, as {@code <file name>:<line number>} (such as
 * {@code classification-rules.csv:7}), for reports and the staging table
 */
public record Classification(Category category, String rule) {
}
