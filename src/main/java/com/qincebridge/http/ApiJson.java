package com.qincebridge.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON settings both APIs share: snake_case names from camelCase record components,
 * fields in declaration order, absent (null) fields left out, unknown fields ignored, and
 * decimals read as BigDecimal so that no amount ever passes through a double.
 */
public final class ApiJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
		.disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private ApiJson() {
	}

	/** The shared mapper; thread-safe. */
	public static JsonMapper mapper() {
		return MAPPER;
	}

}
