package io.industryatlas.api;

import java.util.regex.Pattern;

/**
 * Checks the shape of keys before any query runs: a malformed key is a BAD_REQUEST, a
 * well-formed one that names nothing a NOT_FOUND.
 */
public final class Keys {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-:][a-z0-9]+)*");

	private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

	private static final int MAX_SLUG = 160;

	private Keys() {
	}

	/**
	 * A stable slug such as {@code harbin-pharmaceutical-group} or {@code chain:link}.
	 */
	public static String slug(String argument, String value) {
		if (value.length() > MAX_SLUG || !SLUG.matcher(value).matches()) {
			throw new BadInputException(argument,
					"'%s' must be an id of lower-case letters, digits, '-' and ':', got '%s'".formatted(argument,
							abbreviate(value)));
		}
		return value;
	}

	/** A GB/T 2260 region code of six digits. */
	public static String regionCode(String argument, String value) {
		if (!REGION_CODE.matcher(value).matches()) {
			throw new BadInputException(argument, "'%s' must be a GB/T 2260 region code of six digits, got '%s'"
				.formatted(argument, abbreviate(value)));
		}
		return value;
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "…" : value;
	}

}
