package io.industryatlas.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Collects the problems of one file: all are counted, the first
 * {@code atlas.import.max-problems} are kept for the report.
 */
final class ImportProblems {

	private final int max;

	private final List<ImportProblem> kept = new ArrayList<>();

	private final Set<Integer> rows = new HashSet<>();

	private int count;

	ImportProblems(int max) {
		this.max = max;
	}

	void add(@Nullable Integer row, @Nullable String column, String message) {
		this.count++;
		if (row != null) {
			this.rows.add(row);
		}
		if (this.kept.size() < this.max) {
			this.kept.add(new ImportProblem(row, column, message));
		}
	}

	/** Adds the problem when {@code ok} is false. */
	void check(boolean ok, int row, String column, String message) {
		if (!ok) {
			add(row, column, message);
		}
	}

	/** Whether the file has any problem. */
	boolean any() {
		return this.count > 0;
	}

	/** Whether {@code row} has a problem. */
	boolean has(int row) {
		return this.rows.contains(row);
	}

	int count() {
		return this.count;
	}

	/** The kept problems: of the file first, then by row in the order found. */
	List<ImportProblem> list() {
		List<ImportProblem> sorted = new ArrayList<>(this.kept);
		sorted.sort(Comparator.comparing(ImportProblem::row, Comparator.nullsFirst(Comparator.naturalOrder())));
		return List.copyOf(sorted);
	}

}
