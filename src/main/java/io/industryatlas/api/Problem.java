package io.industryatlas.api;

/**
 * One thing wrong with a write's input.
 *
 * @param field the input field, as the schema names it (e.g. {@code uscc}, or
 * {@code linkIds[2]}); for a row of an import, the column
 * @param message what is wrong, and what would be right
 */
public record Problem(String field, String message) {

}
