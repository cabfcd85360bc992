package io.industryatlas.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Null-tolerant reads of driver values into read-model fields. */
public final class Rows {

	private Rows() {
	}

	public static @Nullable String string(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asString();
	}

	public static String requiredString(MapAccessor map, String key) {
		String value = string(map, key);
		if (value == null) {
			throw new IllegalStateException("Missing '" + key + "' in " + map.asMap());
		}
		return value;
	}

	public static @Nullable LocalDate date(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asLocalDate();
	}

	public static @Nullable Integer integer(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asInt();
	}

	public static long number(MapAccessor map, String key, long otherwise) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? otherwise : value.asLong();
	}

	public static boolean flag(MapAccessor map, String key) {
		Value value = map.get(key);
		return value != null && !value.isNull() && value.asBoolean();
	}

	public static List<String> strings(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? List.of() : value.asList(Value::asString);
	}

	/** The map at {@code key}, or null when absent. */
	public static @Nullable Value nested(MapAccessor map, String key) {
		Value value = map.get(key);
		return (value == null || value.isNull()) ? null : value;
	}

}
