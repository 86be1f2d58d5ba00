package com.qincebridge.staging;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.qincebridge.erp.ErpBusinessType;
import org.jspecify.annotations.Nullable;

/**
 * A window ready to be written to staging: its classified lines and its quarantined ones.
 *
 * @param reads how many times the window was read from zhixdl
 * @param consistent whether the last read agreed with zhixdl's total_items
 */
public record StagedWindow(ExtractWindow window, List<Staged> lines, List<Quarantined> quarantined, int totalItems,
		int reads, boolean consistent) {

	/** A classified line with its raw JSON and the rule that classified it. */
	record Staged(StagedLine line, String rawJson, String rule) {
	}

	/** A line that cannot be used, with the field and the reason. */
	record Quarantined(ErpBusinessType businessType, String lineKey, String companyCode, LocalDate windowDate,
			@Nullable String counterpartyCode, @Nullable BigDecimal amount, String field, String reason,
			String rawJson) {
	}

}
