package com.qincebridge.expense;

import java.math.BigDecimal;

import com.qincebridge.qince.ExpenseStatement;

/**
 * An expense statement ready to store and send.
 *
 * @param request the saveExpense body, within the field limits
 * @param total the sum of its lines' signed amounts, exact
 */
public record BuiltExpenseStatement(ExpenseStatement request, BigDecimal total) {
}
