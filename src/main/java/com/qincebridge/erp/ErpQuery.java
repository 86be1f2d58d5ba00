package com.qincebridge.erp;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a document query asks for. Only the values that are set are sent; zhixdl then
 * applies its defaults (50 per page, page 1). The order id is sent under the queried
 * type's own field, such as {@code disburse_order_id} for payments.
 *
 * @param companyCode the company whose documents to read ({@code company_code})
 * @param orderId one document only, or null for all
 * @param orderType the document type code ({@code order_type}), or null for all
 * @param orderStartDate the start of the order-date window, sent to the second
 * @param orderEndDate the end of the order-date window, sent to the second
 * @param limit lines per page, at least 1
 * @param page the page wanted, from 1
 */
public record ErpQuery(String companyCode, @Nullable String orderId, @Nullable Integer orderType,
		@Nullable LocalDateTime orderStartDate, @Nullable LocalDateTime orderEndDate, @Nullable Integer limit,
		@Nullable Integer page) {

	public ErpQuery {
		if (companyCode.isBlank()) {
			throw new IllegalArgumentException("companyCode must not be blank: \"" + companyCode + "\"");
		}
		if (orderId != null && orderId.isBlank()) {
			throw new IllegalArgumentException("orderId must be null or not blank: \"" + orderId + "\"");
		}
		if (orderStartDate != null && orderEndDate != null && orderStartDate.isAfter(orderEndDate)) {
			throw new IllegalArgumentException(
					"orderStartDate must not be after orderEndDate: " + orderStartDate + " > " + orderEndDate);
		}
		if (limit != null && limit < 1) {
			throw new IllegalArgumentException("limit must be at least 1: " + limit);
		}
		if (page != null && page < 1) {
			throw new IllegalArgumentException("page must be at least 1: " + page);
		}
	}

	/** All documents of a company, in zhixdl's default paging. */
	public static ErpQuery of(String companyCode) {
		return new ErpQuery(companyCode, null, null, null, null, null, null);
	}

	/** This query restricted to order dates from {@code start} to {@code end}. */
	public ErpQuery withWindow(LocalDateTime start, LocalDateTime end) {
		return new ErpQuery(this.companyCode, this.orderId, this.orderType, start, end, this.limit, this.page);
	}

	/** This query with {@code limit} lines per page. */
	public ErpQuery withLimit(int limit) {
		return new ErpQuery(this.companyCode, this.orderId, this.orderType, this.orderStartDate, this.orderEndDate,
				limit, this.page);
	}

	/** This query for page {@code page}, counted from 1. */
	public ErpQuery withPage(int page) {
		return new ErpQuery(this.companyCode, this.orderId, this.orderType, this.orderStartDate, this.orderEndDate,
				this.limit, page);
	}

}
