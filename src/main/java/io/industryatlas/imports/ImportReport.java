package io.industryatlas.imports;

import java.util.List;

/**
 * What an import did, or in a dry run would do.
 *
 * @param kind {@code enterprises} or {@code tenancies}
 * @param format {@code csv} or {@code xlsx}
 * @param dryRun whether it only checked
 * @param rows the rows of the file that are not blank, the header not counted
 * @param created entities the rows create (for the rows without problems)
 * @param updated entities the rows change
 * @param unchanged rows that match what the atlas holds already
 * @param problems every problem (up to {@code atlas.import.max-problems}), by row
 * @param problemCount how many problems there are
 * @param written whether anything was written: only a real run without problems that
 * changes something writes, and then all of it
 * @param millis how long it took
 * @param ignoredColumns header cells that name no column of this import
 */
public record ImportReport(String kind, String format, boolean dryRun, int rows, int created, int updated,
		int unchanged, List<ImportProblem> problems, int problemCount, boolean written, long millis,
		List<String> ignoredColumns) {

	/** 422 for a real run refused for its problems, else 200. */
	int status() {
		return (!this.dryRun && this.problemCount > 0) ? 422 : 200;
	}

}
