package io.industryatlas.imports;

import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an import file.
 *
 * @param row the row as the spreadsheet numbers it (the header is row 1 when the sheet
 * starts at the top); null for the file as a whole
 * @param column the column's key, e.g. {@code uscc}; null for a row or the file as a
 * whole
 * @param message what is wrong, and what would be right
 */
public record ImportProblem(@Nullable Integer row, @Nullable String column, String message) {

}
