package io.industryatlas.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.industryatlas.api.BadInputException;

/**
 * Turns what a user typed into a Lucene query that matches it literally: every character
 * with a meaning in Lucene's query syntax is escaped, and the operator words AND, OR, NOT
 * are lower-cased into plain terms, so input can neither break nor widen the query.
 */
final class SearchText {

	static final int MAX_LENGTH = 100;

	private static final Pattern SPECIAL = Pattern.compile("[+\\-&|!(){}\\[\\]^\"~*?:\\\\/]");

	private static final Pattern OPERATOR = Pattern.compile("\\b(AND|OR|NOT|TO)\\b");

	private SearchText() {
	}

	static String toQuery(String text) {
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			throw new BadInputException("text", "'text' must not be blank");
		}
		if (trimmed.length() > MAX_LENGTH) {
			throw new BadInputException("text",
					"'text' must be at most %d characters, got %d".formatted(MAX_LENGTH, trimmed.length()));
		}
		String escaped = SPECIAL.matcher(trimmed).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
		return OPERATOR.matcher(escaped).replaceAll(m -> m.group().toLowerCase());
	}

}
