package io.industryatlas.park;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A tenancy's stay from {@code since} (unknown: always) up to {@code until} (open: for
 * ever), and the rules every tenancy write applies to stays: no two stays of one
 * enterprise in one park overlap, and none ends before it starts. Moving tenants in and
 * out and the import both check with these, so that they pass or fail alike.
 */
public record Stay(@Nullable LocalDate since, @Nullable LocalDate until) {

	/** Whether [since, until) meets [from, to). */
	public boolean overlaps(LocalDate from, @Nullable LocalDate to) {
		boolean startsBeforeOtherEnds = this.since == null || to == null || this.since.isBefore(to);
		boolean endsAfterOtherStarts = this.until == null || this.until.isAfter(from);
		return startsBeforeOtherEnds && endsAfterOtherStarts;
	}

	/** Why a new stay of {@code enterprise} may not be recorded next to this one. */
	public String overlapProblem(String enterprise) {
		return "%s already has a tenancy in this park %s, which this one would overlap".formatted(enterprise, this);
	}

	/** Why a stay cannot end on {@code until}, or empty when it can. */
	public static Optional<String> endProblem(@Nullable LocalDate since, @Nullable LocalDate until) {
		if (since != null && until != null && until.isBefore(since)) {
			return Optional.of("%s is before the move-in on %s".formatted(until, since));
		}
		return Optional.empty();
	}

	@Override
	public String toString() {
		return "from %s to %s".formatted((this.since != null) ? this.since : "an unknown date",
				(this.until != null) ? this.until : "now");
	}

}
