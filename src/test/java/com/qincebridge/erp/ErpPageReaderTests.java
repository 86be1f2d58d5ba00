package com.qincebridge.erp;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import com.qincebridge.http.ApiContractException;
import com.qincebridge.http.ApiJson;

import static com.qincebridge.erp.ErpFixtures.RECEIVABLE_EXAMPLE;
import static com.qincebridge.erp.ErpFixtures.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ErpPageReaderTests {

	@Test
	void pagingNumbersSentAsStringsAreRead() {
		ErpPage<Receivable> page = read("{\"items\": [], \"total_items\": \"5\", \"total_pages\": \"3\", "
				+ "\"current\": \"2\", \"next\": \"3\", \"limit\": \"2\"}", 2);
		assertThat(page)
			.extracting(ErpPage::totalItems, ErpPage::totalPages, ErpPage::current, ErpPage::next, ErpPage::limit)
			.containsExactly(5, 3, 2, 3, 2);
		assertThat(page.hasNextPage()).isTrue();
	}

	@Test
	void pagingNumbersNotSentAreNull() {
		ErpPage<Receivable> page = read("{\"items\": [], \"total_items\": 0, \"total_pages\": 0, \"current\": 1}", 1);
		assertThat(page).extracting(ErpPage::next, ErpPage::before, ErpPage::first, ErpPage::last, ErpPage::limit)
			.containsOnlyNulls();
		assertThat(page.hasNextPage()).isFalse();
	}

	@Test
	void emptyArrayAsDataIsAnEmptyPage() {
		ErpPage<Receivable> page = read("[]", 4);
		assertThat(page.rows()).isEmpty();
		assertThat(page).extracting(ErpPage::totalItems, ErpPage::totalPages, ErpPage::current)
			.containsExactly(0, 0, 4);
		assertThat(page.hasNextPage()).isFalse();
	}

	@Test
	void missingTotalPagesBreaksTheContract() {
		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> read("{\"items\": [], \"total_items\": 1, \"current\": 1}", 1))
			.withMessageContaining("total_pages");
	}

	@Test
	void malformedCurrentBreaksTheContract() {
		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> read("{\"items\": [], \"total_items\": 1, \"total_pages\": 1, \"current\": \"one\"}", 1))
			.withMessageContaining("current")
			.withMessageContaining("\"one\"");
	}

	@Test
	void dataWithoutItemsBreaksTheContract() {
		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> read("{\"total_items\": 1, \"total_pages\": 1, \"current\": 1}", 1))
			.withMessageContaining("data.items");
	}

	@Test
	void itemsWithoutPagingBreakTheContract() {
		assertThatExceptionOfType(ApiContractException.class).isThrownBy(() -> read("[" + RECEIVABLE_EXAMPLE + "]", 1))
			.withMessageContaining("ARRAY");
	}

	@Test
	void missingDataBreaksTheContractOfAQuery() {
		assertThatExceptionOfType(ApiContractException.class)
			.isThrownBy(() -> ErpPageReader.read("zhixdl FB_RECEIVABLE query", ErpBusinessType.FB_RECEIVABLE,
					Receivable.class, "{}", ApiJson.mapper().missingNode(), 1));
	}

	@Test
	void rowsKeepTheOrderReceived() {
		ErpPage<Receivable> page = read("{\"items\": [" + ErpFixtures.receivable("b", "1") + ", 7, "
				+ ErpFixtures.receivable("a", "2") + "], \"total_items\": 3, \"total_pages\": 1, \"current\": 1}", 1);
		assertThat(page.rows()).extracting(ErpRow::detailId).containsExactly("b", null, "a");
		assertThat(page.rows()).extracting(ErpRow::rawJson).element(1).isEqualTo("7");
	}

	private static ErpPage<Receivable> read(String data, int requestedPage) {
		String answer = envelope(true, "00000", "ok", data);
		JsonNode dataNode = ApiJson.mapper().readTree(answer).path("data");
		return ErpPageReader.read("zhixdl FB_RECEIVABLE query", ErpBusinessType.FB_RECEIVABLE, Receivable.class, answer,
				dataNode, requestedPage);
	}

}
