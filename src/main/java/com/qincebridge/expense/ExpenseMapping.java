package com.qincebridge.expense;

import com.qincebridge.statement.ErpOrder;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.qincebridge.qince.QinceExt;
import org.jspecify.annotations.Nullable;

/**
 * How ERP expense lines appear on a 费用对账单, read from an operator-editable properties file
 * such as {@code jobs/expense-mapping.properties} (UTF-8, {@link Properties} syntax):
 * <ul>
 * <li>{@code trade-type.<erp_item_type_code>=<Qince trade type>}: the {@code trade_type}
 * of trades of that item type; {@code trade-type.default=...}, required, for the
 * rest.</li>
 * <li>{@code trade-ext.<ext_key>=<value>}: a custom field of every trade; values
 * {@code amount}, {@code item_type_name}, {@code item_type_code}, {@code source_name},
 * {@code order_code}, {@code order_id}, {@code order_date}, {@code line_count}.</li>
 * <li>{@code statement-ext.<ext_key>=<value>}: a custom field of the statement; values
 * {@code total_amount}, {@code trade_count}, {@code line_count}.</li>
 * </ul>
 * Custom fields are sent in the file's order. Trade types and ext keys are checked
 * against their VARCHAR(32). Any other key, an unknown value, a key given twice or a
 * missing default is an {@link IllegalArgumentException} naming the file and the key.
 * Instances are immutable and thread-safe.
 */
public final class ExpenseMapping {

	private static final int MAX_LENGTH = 32;

	private static final String TRADE_TYPE = "trade-type.";

	private static final String DEFAULT = "default";

	private static final String TRADE_EXT = "trade-ext.";

	private static final String STATEMENT_EXT = "statement-ext.";

	private final Map<String, String> tradeTypes = new LinkedHashMap<>();

	private final Map<String, TradeExtValue> tradeExts = new LinkedHashMap<>();

	private final Map<String, StatementExtValue> statementExts = new LinkedHashMap<>();

	private ExpenseMapping(String sourceName, Map<String, String> entries) {
		entries.forEach((key, value) -> read(sourceName, key, value.strip()));
		if (!this.tradeTypes.containsKey(DEFAULT)) {
			throw new IllegalArgumentException(sourceName + ": " + TRADE_TYPE + DEFAULT + " is required");
		}
	}

	/**
	 * Read the mapping of a file, named by its file name in errors.
	 * @param file a UTF-8 properties file in the format above
	 * @return the mapping
	 * @throws IllegalArgumentException when the file breaks the rules above
	 * @throws UncheckedIOException when the file cannot be read, or is not UTF-8
	 */
	public static ExpenseMapping load(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read expense mapping " + file + ": " + ex, ex);
		}
		Path name = file.getFileName();
		return parse(text, (name != null) ? name.toString() : file.toString());
	}

	/**
	 * Read a mapping from text.
	 * @param text the properties
	 * @param sourceName where they come from, for error messages
	 * @return the mapping
	 * @throws IllegalArgumentException when the text breaks the rules above
	 */
	public static ExpenseMapping parse(String text, String sourceName) {
		Map<String, String> entries = new LinkedHashMap<>();
		List<String> repeated = new ArrayList<>();
		Properties ordered = new Properties() {

			@Override
			public synchronized @Nullable Object put(Object key, Object value) {
				if (entries.putIfAbsent((String) key, (String) value) != null) {
					repeated.add((String) key);
				}
				return null;
			}

		};
		try {
			ordered.load(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new IllegalArgumentException(sourceName + ": " + ex.getMessage(), ex);
		}
		if (!repeated.isEmpty()) {
			throw new IllegalArgumentException(sourceName + ": " + repeated.get(0) + " is given twice");
		}
		return new ExpenseMapping(sourceName, entries);
	}

	/**
	 * The Qince trade type of trades of an item type.
	 * @param itemTypeCode the ERP item type code, such as {@code FYYS-01}
	 * @return its {@code trade-type.<code>}, or {@code trade-type.default}
	 */
	public String tradeType(@Nullable String itemTypeCode) {
		String type = (itemTypeCode != null) ? this.tradeTypes.get(itemTypeCode) : null;
		return (type != null) ? type : this.tradeTypes.get(DEFAULT);
	}

	/** The custom fields of one trade, or null when the mapping names none. */
	@Nullable List<QinceExt> tradeExts(ErpOrder order) {
		return exts(this.tradeExts, (value) -> value.of(order));
	}

	/** The custom fields of the statement, or null when the mapping names none. */
	@Nullable List<QinceExt> statementExts(List<ErpOrder> orders) {
		return exts(this.statementExts, (value) -> value.of(orders));
	}

	private static <V> @Nullable List<QinceExt> exts(Map<String, V> fields, Function<V, @Nullable String> value) {
		if (fields.isEmpty()) {
			return null;
		}
		return fields.entrySet()
			.stream()
			.map((field) -> new QinceExt(field.getKey(), value.apply(field.getValue())))
			.toList();
	}

	private void read(String sourceName, String key, String value) {
		if (key.startsWith(TRADE_TYPE)) {
			String code = key.substring(TRADE_TYPE.length());
			requireName(sourceName, key, code, "an item type code or " + DEFAULT);
			requireName(sourceName, key, value, "a Qince trade type");
			this.tradeTypes.put(code, value);
		}
		else if (key.startsWith(TRADE_EXT)) {
			String extKey = key.substring(TRADE_EXT.length());
			requireName(sourceName, key, extKey, "an ext key");
			this.tradeExts.put(extKey, known(sourceName, key, value, TradeExtValue.values(), TradeExtValue::key));
		}
		else if (key.startsWith(STATEMENT_EXT)) {
			String extKey = key.substring(STATEMENT_EXT.length());
			requireName(sourceName, key, extKey, "an ext key");
			this.statementExts.put(extKey,
					known(sourceName, key, value, StatementExtValue.values(), StatementExtValue::key));
		}
		else {
			throw problem(sourceName, key, "unknown key, expected " + TRADE_TYPE + "<item type code>, " + TRADE_TYPE
					+ DEFAULT + ", " + TRADE_EXT + "<ext key> or " + STATEMENT_EXT + "<ext key>");
		}
	}

	private static void requireName(String sourceName, String key, String name, String what) {
		if (name.isBlank()) {
			throw problem(sourceName, key, "needs " + what);
		}
		int length = name.codePointCount(0, name.length());
		if (length > MAX_LENGTH) {
			throw problem(sourceName, key,
					"\"" + name + "\" is " + length + " characters long, at most " + MAX_LENGTH + " allowed");
		}
	}

	private static <E> E known(String sourceName, String key, String value, E[] values, Function<E, String> name) {
		for (E candidate : values) {
			if (name.apply(candidate).equals(value)) {
				return candidate;
			}
		}
		throw problem(sourceName, key, "unknown value \"" + value + "\", expected one of "
				+ Arrays.stream(values).map(name).collect(Collectors.joining(", ")));
	}

	private static IllegalArgumentException problem(String sourceName, String key, String problem) {
		return new IllegalArgumentException(sourceName + ": " + key + ": " + problem);
	}

}
