package com.qincebridge.sandbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;

/**
 * The customers getCustomers returns, in order, and the names queries show for them. By
 * default the ERP data set's customers known to Qince. Saves for other customers are
 * accepted unless {@link #rejectUnknown} is set. Thread-safe.
 */
final class QinceCustomers {

	private final Map<String, String> names;

	private volatile List<String> codes;

	private volatile boolean rejectUnknown;

	QinceCustomers(List<String> codes, Map<String, String> names) {
		this.codes = List.copyOf(codes);
		this.names = Map.copyOf(names);
	}

	List<String> codes() {
		return this.codes;
	}

	void set(Collection<String> codes) {
		this.codes = List.copyOf(new ArrayList<>(codes));
	}

	void rejectUnknown(boolean reject) {
		this.rejectUnknown = reject;
	}

	boolean accepts(@Nullable String code) {
		return !this.rejectUnknown || this.codes.contains(code);
	}

	String name(String code) {
		return this.names.getOrDefault(code, "");
	}

	/** The rows of getCustomers: customer_code and use_signature ("0"). */
	QinceResult rows() {
		ArrayNode rows = Json.array();
		this.codes.forEach((code) -> rows.addObject().put("customer_code", code).put("use_signature", "0"));
		return QinceResult.rows(rows);
	}

}
