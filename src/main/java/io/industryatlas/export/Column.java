package io.industryatlas.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One column of an exported list: its header (an English key, and a Chinese label for
 * {@code lang=zh}) and where its value comes from in a row.
 *
 * @param key the English header, a stable snake_case key
 * @param zh the Chinese header
 * @param path where the value is, from the row's innermost item; each leading {@code ^}
 * goes one level out (e.g. from an award to the tenancy it belongs to)
 * @param kind how the value is written
 * @param template for lists of objects: how each is written, e.g.
 * <code>{document.id} {clause}</code>; the results are joined by "; "
 */
record Column(String key, String zh, String path, Kind kind, @Nullable String template) {

	/**
	 * Sources written compactly: the document's id and the clause, e.g.
	 * {@code doc-id 四（一）}.
	 */
	static final String SOURCE = "{document.id} {clause}";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

	/** How a value is written: text, a number (numeric cell in XLSX) or a boolean. */
	enum Kind {

		TEXT, NUMBER, BOOLEAN

	}

	static Column text(String key, String zh, String path) {
		return new Column(key, zh, path, Kind.TEXT, null);
	}

	static Column number(String key, String zh, String path) {
		return new Column(key, zh, path, Kind.NUMBER, null);
	}

	static Column bool(String key, String zh, String path) {
		return new Column(key, zh, path, Kind.BOOLEAN, null);
	}

	static Column each(String key, String zh, String path, String template) {
		return new Column(key, zh, path, Kind.TEXT, template);
	}

	static Column sources(String key, String zh, String path) {
		return each(key, zh, path, SOURCE);
	}

	/**
	 * This column read from a field of the item: {@code region_} + code from
	 * {@code region.code}.
	 */
	Column under(String keyPrefix, String zhPrefix, String pathPrefix) {
		int ups = ups();
		return new Column(keyPrefix + this.key, zhPrefix + this.zh,
				"^".repeat(ups) + pathPrefix + this.path.substring(ups), this.kind, this.template);
	}

	/** This column read from the item one level out. */
	Column outer() {
		return new Column(this.key, this.zh, "^" + this.path, this.kind, this.template);
	}

	int ups() {
		int ups = 0;
		while (ups < this.path.length() && this.path.charAt(ups) == '^') {
			ups++;
		}
		return ups;
	}

	/** The cell for a row: a String, a Number, a Boolean or null. */
	@Nullable Object cell(List<Object> levels) {
		int ups = ups();
		if (ups >= levels.size()) {
			throw new IllegalStateException(
					"Column '%s' reaches %d levels out of %d".formatted(this.key, ups, levels.size()));
		}
		Object item = levels.get(levels.size() - 1 - ups);
		Object value = Fields.read(item, this.path.substring(ups));
		if (this.template != null) {
			return format(value, this.template);
		}
		return switch (this.kind) {
			case TEXT -> Fields.text(value);
			case NUMBER -> number(single(value));
			case BOOLEAN -> (single(value) instanceof Boolean b) ? b : null;
		};
	}

	private static @Nullable Object single(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return (list.size() == 1) ? list.get(0) : null;
		}
		return value;
	}

	private static @Nullable Number number(@Nullable Object value) {
		if (value instanceof Number n) {
			return n;
		}
		if (value instanceof String s && !s.isBlank()) {
			// Amounts are decimal strings in the API: numbers in a spreadsheet.
			return new BigDecimal(s.trim());
		}
		return null;
	}

	private static @Nullable String format(@Nullable Object value, String template) {
		if (value == null) {
			return null;
		}
		List<?> items = (value instanceof List<?> list) ? list : List.of(value);
		List<String> parts = new ArrayList<>();
		for (Object item : items) {
			Matcher matcher = PLACEHOLDER.matcher(template);
			StringBuilder out = new StringBuilder();
			while (matcher.find()) {
				String text = Fields.text(Fields.read(item, matcher.group(1)));
				matcher.appendReplacement(out, Matcher.quoteReplacement((text != null) ? text : ""));
			}
			matcher.appendTail(out);
			parts.add(out.toString().trim());
		}
		return String.join("; ", parts);
	}

}
