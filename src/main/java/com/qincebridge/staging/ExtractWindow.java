package com.qincebridge.staging;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpQuery;

/**
 * One day of one business type of one company: the unit the extract reads, checks against
 * zhixdl's total_items, and replaces in staging. Small windows shift less while they are
 * read and can be read in parallel.
 */
public record ExtractWindow(String companyCode, ErpBusinessType businessType, LocalDate day) {

	/** Every window of the run, companies first, then types, then days. */
	static List<ExtractWindow> plan(List<String> companies, Collection<ErpBusinessType> types, LocalDate from,
			LocalDate to) {
		List<ExtractWindow> windows = new ArrayList<>();
		for (String company : companies) {
			for (ErpBusinessType type : types) {
				for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
					windows.add(new ExtractWindow(company, type, day));
				}
			}
		}
		return windows;
	}

	/** The query of one page of this window. */
	ErpQuery query(int pageSize, int page) {
		return ErpQuery.of(this.companyCode)
			.withWindow(this.day.atStartOfDay(), this.day.atTime(23, 59, 59))
			.withLimit(pageSize)
			.withPage(page);
	}

	@Override
	public String toString() {
		return this.businessType + " " + this.companyCode + " " + this.day;
	}

}
