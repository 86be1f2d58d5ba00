package com.qincebridge.http;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;

/**
 * Checks a request record against the {@link Varchar} limits of its components, nested
 * records and lists included, before it is sent. Field paths use the JSON names
 * ({@code trade[2].voucher_no}); lengths count characters, as MySQL's VARCHAR does.
 */
public final class FieldLimits {

	private static final PropertyNamingStrategies.NamingBase SNAKE_CASE = (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

	private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
		@Override
		protected List<Component> computeValue(Class<?> type) {
			return components(type);
		}
	};

	private FieldLimits() {
	}

	/**
	 * Check a request.
	 * @param endpoint the endpoint it is for, named in the error
	 * @param request a record, possibly holding other records and lists of records
	 * @throws InvalidRequestException naming the first field over its limit or missing
	 */
	public static void check(String endpoint, Object request) {
		checkRecord(endpoint, "", request);
	}

	/**
	 * Check one field a rule requires beyond the tables' own marks (for example a field
	 * only one variant of an endpoint requires).
	 * @param endpoint the endpoint it is for, named in the error
	 * @param path the field's JSON path, such as {@code details[1].prepayment_amount}
	 * @param value the value: text, a collection or anything else
	 * @throws InvalidRequestException when the value is null, empty text or an empty
	 * collection
	 */
	public static void require(String endpoint, String path, @Nullable Object value) {
		boolean empty = value == null || (value instanceof CharSequence text && text.isEmpty())
				|| (value instanceof Collection<?> collection && collection.isEmpty());
		if (empty) {
			throw new InvalidRequestException(endpoint, path, "is required");
		}
	}

	private static void checkRecord(String endpoint, String prefix, Object value) {
		for (Component component : COMPONENTS.get(value.getClass())) {
			Object fieldValue = component.read(value);
			Varchar limit = component.limit();
			if (limit != null) {
				checkText(endpoint, prefix, component.jsonName(), limit, fieldValue);
			}
			if (fieldValue instanceof List<?> || (fieldValue != null && fieldValue.getClass().isRecord())) {
				checkNested(endpoint, prefix + component.jsonName(), fieldValue);
			}
		}
	}

	private static void checkNested(String endpoint, String path, @Nullable Object value) {
		if (value instanceof List<?> list) {
			for (int i = 0; i < list.size(); i++) {
				Object element = list.get(i);
				if (element != null) {
					checkRecord(endpoint, path + "[" + i + "].", element);
				}
			}
		}
		else if (value != null && value.getClass().isRecord()) {
			checkRecord(endpoint, path + ".", value);
		}
	}

	private static void checkText(String endpoint, String prefix, String name, Varchar limit, @Nullable Object value) {
		String text = (value != null) ? value.toString() : null;
		if (text == null || text.isEmpty()) {
			if (limit.required()) {
				throw new InvalidRequestException(endpoint, prefix + name, "is required");
			}
			return;
		}
		int length = text.codePointCount(0, text.length());
		if (length > limit.value()) {
			throw new InvalidRequestException(endpoint, prefix + name, "is " + length + " characters long, at most "
					+ limit.value() + " allowed (VARCHAR(" + limit.value() + ")): \"" + text + "\"");
		}
	}

	@SuppressWarnings("NullAway")
	private static String jsonName(RecordComponent component) {
		// the clients' mappers use SNAKE_CASE; the strategy ignores config and field
		return SNAKE_CASE.nameForField(null, null, component.getName());
	}

	private static List<Component> components(Class<?> type) {
		if (!type.isRecord()) {
			return List.of();
		}
		List<Component> components = new ArrayList<>();
		for (RecordComponent component : type.getRecordComponents()) {
			Method accessor = component.getAccessor();
			// request records may be package-private in the client's package
			accessor.setAccessible(true);
			components.add(new Component(jsonName(component), accessor, component.getAnnotation(Varchar.class)));
		}
		return List.copyOf(components);
	}

	/** A record component as the checks read it, looked up once per record class. */
	private record Component(String jsonName, Method accessor, @Nullable Varchar limit) {

		@Nullable Object read(Object record) {
			try {
				return this.accessor.invoke(record);
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read " + this.accessor, ex);
			}
		}

	}

}
