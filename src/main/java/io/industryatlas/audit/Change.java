package io.industryatlas.audit;

import org.jspecify.annotations.Nullable;

/**
 * One field of a change: its value before and after, as text (lists joined with
 * {@code |}); null where there was or is no value.
 */
public record Change(String field, @Nullable String before, @Nullable String after) {

	/** A change of {@code field}, or null when the values are equal. */
	public static @Nullable Change of(String field, @Nullable Object before, @Nullable Object after) {
		String from = text(before);
		String to = text(after);
		return java.util.Objects.equals(from, to) ? null : new Change(field, from, to);
	}

	private static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.util.Collection<?> values) {
			return values.stream().map(String::valueOf).sorted().reduce((a, b) -> a + "|" + b).orElse("");
		}
		return String.valueOf(value);
	}

}
