package com.qincebridge.prepayment;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code bridge.prepayment.*} settings.
 *
 * @param syncFrom where the first sync (and a {@code --rerun}) starts reading modify
 * times, at 00:00:00 Asia/Shanghai
 * @param pageSize rows per Qince list page
 * @param chunkSize close records per committed chunk; in the steps that call Qince per
 * item (the sync's prepayments, the items of an apply file), how many items apart their
 * restart positions are
 * @param erpReferenceField the custom field of a Qince prepayment line that receives the
 * ERP payment detail id of a line applied from a file
 * @param codePrefix the prefix of the codes the apply job makes for rows without one
 */
@ConfigurationProperties("bridge.prepayment")
record PrepaymentProperties(@DefaultValue("2025-01-01") LocalDate syncFrom, @DefaultValue("100") int pageSize,
		@DefaultValue("20") int chunkSize, @DefaultValue("ERP付款单") String erpReferenceField,
		@DefaultValue("QB") String codePrefix) {
}
