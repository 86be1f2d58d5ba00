package com.qincebridge.sandbox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.qincebridge.sandbox.Overlay.Group;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cuts the lines of a query into pages. An unfiltered query is paged by group sizes
 * alone: the page at any offset costs one count per day of the window plus the page's own
 * lines. A filtered query (order id, order type) walks its candidates once, keeping only
 * the page. Either way memory holds one page.
 */
final class ErpPager {

	private ErpPager() {
	}

	/** The page of a company's lines of a type dated from {@code from} to {@code to}. */
	static Page page(ErpDataSet data, String companyCode, ErpDocumentType type, LocalDate from, LocalDate to, int limit,
			int page) {
		LineSource source = data.source();
		int company = data.companyIndex(companyCode);
		return source.read(() -> {
			long offset = (long) (page - 1) * limit;
			long seen = 0;
			List<ErpDocumentLine> lines = new ArrayList<>();
			for (LocalDate day : source.days(company, type, from, to)) {
				Group group = new Group(company, type, day);
				long end = seen + source.groupSize(group);
				for (long i = Math.max(offset, seen); i < end && lines.size() < limit; i++) {
					lines.add(source.groupLine(group, (int) (i - seen)));
				}
				seen = end;
			}
			return new Page(lines, seen);
		});
	}

	/** The page of the candidates, which are walked once. */
	static Page filtered(Stream<ErpDocumentLine> candidates, int limit, int page) {
		long offset = (long) (page - 1) * limit;
		long seen = 0;
		List<ErpDocumentLine> lines = new ArrayList<>();
		for (Iterator<ErpDocumentLine> iterator = candidates.iterator(); iterator.hasNext(); seen++) {
			ErpDocumentLine line = iterator.next();
			if (seen >= offset && lines.size() < limit) {
				lines.add(line);
			}
		}
		return new Page(lines, seen);
	}

	/**
	 * A page of lines and the number of lines of all pages.
	 *
	 * @param lines this page's lines
	 * @param totalItems the lines of all pages
	 */
	record Page(List<ErpDocumentLine> lines, long totalItems) {

		/**
		 * The answer's data: {@code items, first, before, current, last, next,
		 * total_pages, total_items, limit}, in the order of the documents' examples.
		 * total_pages is 0 when nothing matches; last and next never pass the last page
		 * (or 1), before never goes below 1.
		 */
		ObjectNode toJson(int limit, int current) {
			ObjectNode data = Json.object();
			ArrayNode items = data.putArray("items");
			this.lines.forEach((line) -> items.add(line.toJson()));
			long totalPages = (this.totalItems + limit - 1) / limit;
			long last = Math.max(1, totalPages);
			data.put("first", 1);
			data.put("before", Math.max(1, Math.min(current - 1, last)));
			data.put("current", current);
			data.put("last", last);
			data.put("next", Math.min(current + 1, last));
			data.put("total_pages", totalPages);
			data.put("total_items", this.totalItems);
			data.put("limit", limit);
			return data;
		}

	}

}
