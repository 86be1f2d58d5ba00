/**
 * The operations console that {@code serve} serves at {@code /}: runs (with live progress
 * and their reports), months, statements, problems and prepayments, and the operators'
 * actions (resume, stop, start, re-run, close and reopen a month, apply a prepayment
 * file), each confirmed and written to the audit log. Server-rendered: one controller and
 * one Thymeleaf template per page, htmx for the parts that refresh. Login required; users
 * and roles from {@code bridge.console.users.<name>.*}.
 */
@NullMarked
package com.qincebridge.console;

import org.jspecify.annotations.NullMarked;
