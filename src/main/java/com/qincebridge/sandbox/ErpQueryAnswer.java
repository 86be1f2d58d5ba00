package com.qincebridge.sandbox;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Answers a document query. {@code company_code} is required (00005 otherwise, the
 * documents giving no code of their own); an unknown company has no lines. {@code limit}
 * (default 50) and {@code page} (default 1) are read from numbers or strings. A line
 * dated {@code d} is in the window when {@code order_start_date <= d 00:00:00 <=
 * order_end_date}; a date whose time is malformed, like the documents' {@code 23:59:259},
 * counts as the whole day. {@code order_type} other than 0 keeps the lines whose source
 * code ({@code *_source_code}) it equals; the type's order id field keeps that order's
 * lines.
 */
final class ErpQueryAnswer {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
		.withResolverStyle(ResolverStyle.STRICT);

	private ErpQueryAnswer() {
	}

	static Answer answer(ErpDataSet data, ErpDocumentType type, JsonNode params) {
		String company = Json.text(params, "company_code");
		if (company == null) {
			return ErpEnvelope.failure(ErpEnvelope.NO_BUSINESS_PARAMS, "业务参数(business_params)缺少company_code");
		}
		int limit = Json.positive(params, "limit", 50);
		int page = Json.positive(params, "page", 1);
		LocalDateTime start;
		LocalDateTime end;
		try {
			start = dateTime(Json.text(params, "order_start_date"), LocalTime.MIN);
			end = dateTime(Json.text(params, "order_end_date"), LocalTime.of(23, 59, 59));
		}
		catch (DateTimeParseException ex) {
			return ErpEnvelope.failure(ErpEnvelope.NO_BUSINESS_PARAMS,
					"日期格式错误,应为yyyy-MM-dd HH:mm:ss: " + ex.getParsedString());
		}
		LocalDate from = (start == null) ? LocalDate.MIN
				: start.toLocalTime().equals(LocalTime.MIN) ? start.toLocalDate() : start.toLocalDate().plusDays(1);
		LocalDate to = (end == null) ? LocalDate.MAX : end.toLocalDate();
		String orderId = Json.text(params, type.orderIdField());
		String orderType = Json.text(params, "order_type");
		String source = (orderType == null || orderType.equals("0")) ? null : orderType;
		ErpPager.Page result;
		if (orderId == null && source == null) {
			result = ErpPager.page(data, company, type, from, to, limit, page);
		}
		else {
			Stream<ErpDocumentLine> candidates = (orderId != null) ? data.order(type, orderId)
				.stream()
				.filter((line) -> line.companyCode().equals(company) && !line.orderDate().isBefore(from)
						&& !line.orderDate().isAfter(to))
					: data.lines(company, type, from, to);
			result = ErpPager.filtered(
					candidates.filter((line) -> source == null || line.itemType().sourceCode().equals(source)), limit,
					page);
		}
		return ErpEnvelope.success(result.toJson(limit, page));
	}

	/**
	 * A window bound; the {@code fallback} time when only a date is readable.
	 * @throws DateTimeParseException when not even the date is readable
	 */
	private static @Nullable LocalDateTime dateTime(@Nullable String text, LocalTime fallback) {
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text, DATE_TIME);
		}
		catch (DateTimeParseException ex) {
			String date = (text.length() >= 10) ? text.substring(0, 10) : text;
			return LocalDate.parse(date, DATE).atTime(fallback);
		}
	}

}
