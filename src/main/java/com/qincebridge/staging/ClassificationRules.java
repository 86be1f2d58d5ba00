package com.qincebridge.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.qincebridge.erp.ErpBusinessType;
import com.qincebridge.erp.ErpLine;
import org.jspecify.annotations.Nullable;

/**
 * The operator-editable rules that put each staged ERP line in a {@link Category}, read
 * from a CSV file such as {@code jobs/classification-rules.csv}.
 * <p>
 * The format, one rule per line, UTF-8 (a leading byte-order mark is ignored): <pre>
 * # business_type, item_type_code, item_type_name_contains, source_code, sign, category
 * FB_RECEIVABLE,   XSTH-01,        *,                       *,           -,    RETURN
 * </pre>
 * <ul>
 * <li>Blank lines and lines starting with {@code #} are ignored; values are trimmed; no
 * quoting, so values cannot contain commas.</li>
 * <li>Exactly six columns. {@code *} or an empty value matches anything, in every column
 * but {@code category}; a {@code *} is a whole value, never part of one.</li>
 * <li>{@code business_type}: FB_RECEIVABLE, FB_RECEIVE, FB_PAYABLE or FB_PAYMENT.</li>
 * <li>{@code item_type_code} ({@code erp_item_type_code}) and {@code source_code}
 * ({@code *_source_code}) match exactly; {@code item_type_name_contains} matches an
 * {@code erp_item_type_name} containing it. A line without the value matches only
 * {@code *}.</li>
 * <li>{@code sign} of the amount: {@code +} (above zero), {@code -} (below zero),
 * {@code 0} (zero) or {@code *}.</li>
 * <li>{@code category}: one of {@link Category}, required.</li>
 * </ul>
 * The first matching rule wins. A line no rule matches is not classified, so that the
 * caller quarantines it with a reason; to ignore lines on purpose, write a rule with the
 * category IGNORE. A file breaking these rules is rejected whole, with an
 * {@link IllegalArgumentException} naming the file, the line number and the problem.
 * Instances are immutable and thread-safe.
 */
public final class ClassificationRules {

	private final String sourceName;

	private final List<ClassificationRule> rules;

	private ClassificationRules(String sourceName, List<ClassificationRule> rules) {
		this.sourceName = sourceName;
		this.rules = List.copyOf(rules);
	}

	/**
	 * Read the rules of a file; rules are named after the file's name, such as
	 * {@code classification-rules.csv:7}.
	 * @param file a UTF-8 CSV file in the format above
	 * @return the rules
	 * @throws IllegalArgumentException when the file breaks the format
	 * @throws UncheckedIOException when the file cannot be read, or is not UTF-8
	 */
	public static ClassificationRules load(Path file) {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read classification rules " + file + ": " + ex, ex);
		}
		Path name = file.getFileName();
		return parse(text, (name != null) ? name.toString() : file.toString());
	}

	/**
	 * Read rules from text.
	 * @param text the rules in the format above
	 * @param sourceName where they come from, used in rule names and error messages
	 * @return the rules
	 * @throws IllegalArgumentException when the text breaks the format, or holds no rule
	 */
	public static ClassificationRules parse(String text, String sourceName) {
		String[] lines = text.split("\\R", -1);
		List<ClassificationRule> rules = new ArrayList<>();
		for (int i = 0; i < lines.length; i++) {
			String line = (i == 0 && lines[i].startsWith("\uFEFF")) ? lines[i].substring(1) : lines[i];
			String content = line.strip();
			if (!content.isEmpty() && !content.startsWith("#")) {
				rules.add(ClassificationRule.parse(content, sourceName + ":" + (i + 1)));
			}
		}
		if (rules.isEmpty()) {
			throw new IllegalArgumentException(sourceName + ": no rules, every line is blank or a comment");
		}
		return new ClassificationRules(sourceName, rules);
	}

	/**
	 * Classify one line by the first rule it matches.
	 * @param type the line's document
	 * @param itemTypeCode its {@code erp_item_type_code}
	 * @param itemTypeName its {@code erp_item_type_name}
	 * @param sourceCode its {@code *_source_code}
	 * @param amount its amount, whose sign the rules may test
	 * @return the category and the rule that gave it, or empty when no rule matches
	 */
	public Optional<Classification> classify(ErpBusinessType type, @Nullable String itemTypeCode,
			@Nullable String itemTypeName, @Nullable String sourceCode, BigDecimal amount) {
		for (ClassificationRule rule : this.rules) {
			if (rule.matches(type, itemTypeCode, itemTypeName, sourceCode, amount)) {
				return Optional.of(new Classification(rule.category(), rule.name()));
			}
		}
		return Optional.empty();
	}

	/**
	 * Classify one ERP line; the same as the other {@code classify} with the line's
	 * values.
	 * @param line the line
	 * @return the category and the rule that gave it, or empty when no rule matches
	 */
	public Optional<Classification> classify(ErpLine line) {
		return classify(line.businessType(), line.itemTypeCode(), line.itemTypeName(), line.sourceCode(),
				line.amount());
	}

	/** The number of rules. */
	public int size() {
		return this.rules.size();
	}

	@Override
	public String toString() {
		return "ClassificationRules[" + this.sourceName + ", " + this.rules.size() + " rules]";
	}

}
