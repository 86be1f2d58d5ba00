package com.qincebridge.staging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.qincebridge.support.Sha256;
import com.qincebridge.erp.ErpClient;
import com.qincebridge.erp.ErpLine;
import com.qincebridge.erp.ErpPage;
import com.qincebridge.erp.ErpRow;

/**
 * Reads every page of a window. zhixdl's pages can shift while they are read (a document
 * added moves the others), so a read counts as complete only when total_items stayed the
 * same on every page and the distinct lines read equal it; otherwise the window is read
 * again, up to {@code maxReads} times, and the last read is kept with
 * {@code consistent = false}.
 */
final class ErpWindowReader {

	private final ErpClient client;

	private final int pageSize;

	private final int maxReads;

	ErpWindowReader(ErpClient client, int pageSize, int maxReads) {
		this.client = client;
		this.pageSize = pageSize;
		this.maxReads = maxReads;
	}

	FetchedWindow read(ExtractWindow window) {
		for (int read = 1;; read++) {
			Map<String, ErpRow<ErpLine>> rows = new LinkedHashMap<>();
			int totalItems = -1;
			boolean stable = true;
			int page = 1;
			ErpPage<ErpLine> answer;
			do {
				answer = this.client.query(window.businessType(), window.query(this.pageSize, page));
				if (totalItems >= 0 && totalItems != answer.totalItems()) {
					stable = false;
				}
				totalItems = answer.totalItems();
				answer.rows().forEach((row) -> rows.put(key(row), row));
				if (answer.current() != page) {
					// an answer for another page than asked: paging further could loop
					// forever
					stable = false;
					break;
				}
				page++;
			}
			while (answer.hasNextPage() && page <= answer.totalPages());
			boolean consistent = stable && rows.size() == totalItems;
			if (consistent || read >= this.maxReads) {
				return new FetchedWindow(window, List.copyOf(rows.values()), totalItems, read, consistent);
			}
		}
	}

	/**
	 * The detail id, or a hash of the raw JSON for a line without one (or with one too
	 * long to be a key).
	 */
	static String key(ErpRow<?> row) {
		String detailId = row.detailId();
		return (detailId != null && !detailId.isBlank() && detailId.length() <= 64) ? detailId
				: "raw:" + Sha256.hex(row.rawJson()).substring(0, 56);
	}

	/**
	 * What one window held.
	 *
	 * @param rows the distinct lines read, valid or not
	 * @param totalItems zhixdl's total_items on the last page
	 * @param reads how many times the window was read
	 * @param consistent whether the last read agreed with total_items
	 */
	record FetchedWindow(ExtractWindow window, List<ErpRow<ErpLine>> rows, int totalItems, int reads,
			boolean consistent) {
	}

}
