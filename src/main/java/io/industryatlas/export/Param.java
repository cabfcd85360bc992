package io.industryatlas.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

/**
 * A query parameter of an exported list, and the GraphQL variable it fills (a dotted
 * path, e.g. {@code project.region}), or the rows it keeps.
 *
 * @param name the query parameter
 * @param description what it is, for the export index
 * @param type how its text is read
 * @param required whether the export is refused without it
 * @param variable the GraphQL variable it fills; null for a filter
 * @param filterPath for a filter: where, in an item of the outermost level, the value
 * must equal the parameter's (the API has no such argument; the rows are picked after)
 */
record Param(String name, String description, Type type, boolean required, @Nullable String variable,
		@Nullable String filterPath) {

	/** How a parameter's text becomes a variable's value. */
	enum Type {

		/** Text, as given. */
		TEXT,
		/** A whole number. */
		INT,
		/** {@code true} or {@code false}. */
		BOOLEAN,
		/** An ISO-8601 date, yyyy-MM-dd. */
		DATE,
		/** Repeatable text: a list. */
		TEXTS,
		/** Repeatable {@code name:value}: a list of {@code {name, value}}. */
		AMOUNTS,
		/** Repeatable {@code name:sales}: a list of {@code {name, sales}}. */
		PRODUCTS

	}

	static Param required(String name, String description) {
		return new Param(name, description, Type.TEXT, true, name, null);
	}

	static Param optional(String name, String description) {
		return new Param(name, description, Type.TEXT, false, name, null);
	}

	static Param filter(String name, String description, String path) {
		return new Param(name, description, Type.TEXT, false, null, path);
	}

	Param as(Type type) {
		return new Param(this.name, this.description, type, this.required, this.variable, this.filterPath);
	}

	Param withDescription(String description) {
		return new Param(this.name, description, this.type, this.required, this.variable, this.filterPath);
	}

	Param into(String variable) {
		return new Param(this.name, this.description, this.type, this.required, variable, this.filterPath);
	}

	boolean repeatable() {
		return this.type == Type.TEXTS || this.type == Type.AMOUNTS || this.type == Type.PRODUCTS;
	}

	/** The variable's value for the parameter's values, or a 400 naming what is wrong. */
	Object value(List<String> values) {
		if (!repeatable() && values.size() > 1) {
			throw bad("'%s' is given %d times; give it once".formatted(this.name, values.size()));
		}
		String text = values.get(0).trim();
		return switch (this.type) {
			case TEXT -> text;
			case INT -> integer(text);
			case BOOLEAN -> bool(text);
			case DATE -> date(text);
			case TEXTS -> values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
			case AMOUNTS -> pairs(values, "value");
			case PRODUCTS -> pairs(values, "sales");
		};
	}

	private int integer(String text) {
		try {
			return Integer.parseInt(text);
		}
		catch (NumberFormatException ex) {
			throw bad("'%s' must be a whole number, got '%s'".formatted(this.name, text));
		}
	}

	private boolean bool(String text) {
		if (text.equals("true") || text.equals("false")) {
			return Boolean.parseBoolean(text);
		}
		throw bad("'%s' must be true or false, got '%s'".formatted(this.name, text));
	}

	private String date(String text) {
		try {
			return LocalDate.parse(text).toString();
		}
		catch (DateTimeParseException ex) {
			throw bad("'%s' must be a date as yyyy-MM-dd, got '%s'".formatted(this.name, text));
		}
	}

	private List<Map<String, String>> pairs(List<String> values, String second) {
		List<Map<String, String>> pairs = new ArrayList<>();
		for (String value : values) {
			int colon = value.indexOf(':');
			if (colon <= 0 || colon == value.length() - 1) {
				throw bad("'%s' must be name:%s, got '%s'".formatted(this.name, second, value));
			}
			Map<String, String> pair = new LinkedHashMap<>();
			pair.put("name", value.substring(0, colon).trim());
			pair.put(second, value.substring(colon + 1).trim());
			pairs.add(pair);
		}
		return pairs;
	}

	private static ExportException bad(String message) {
		return new ExportException(HttpStatus.BAD_REQUEST, message);
	}

}
