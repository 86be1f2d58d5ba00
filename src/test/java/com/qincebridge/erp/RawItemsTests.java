package com.qincebridge.erp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RawItemsTests {

	@Test
	void itemsAreCutOutExactlyAsReceived() {
		String first = "{ \"a\" :  \"\\u6c5f\\\"x\" ,\"n\": 256.00, \"e\": 1E+3, \"o\": {\"items\": [9]} }";
		String second = "{\"b\":[1, {\"c\": \"]}\"}]}";
		String answer = "{\"success\":true,\"data\":{\"total_items\":2,\"items\":[ " + first + " ,\n\t" + second
				+ "],\"current\":1}}";
		assertThat(RawItems.of(answer)).containsExactly(first, second);
	}

	@Test
	void otherPropertiesBeforeDataAndItemsAreSkipped() {
		String answer = "{\"items\": [{\"wrong\": 1}], \"message\": {\"data\": {\"items\": [2]}},"
				+ " \"data\": {\"first\": [3], \"items\": [{\"right\": 4}]}}";
		assertThat(RawItems.of(answer)).containsExactly("{\"right\": 4}");
	}

	@Test
	void scalarItemsAreKeptAsTheirJson() {
		assertThat(RawItems.of("{\"data\": {\"items\": [7, \"x\", null, true]}}")).containsExactly("7", "\"x\"", "null",
				"true");
	}

	@Test
	void answerWithoutItemsHasNone() {
		assertThat(RawItems.of("{\"data\": []}")).isEmpty();
		assertThat(RawItems.of("{\"data\": {\"result\": \"success\"}}")).isEmpty();
		assertThat(RawItems.of("[]")).isEmpty();
	}

}
