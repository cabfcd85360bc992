package io.industryatlas.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/**
 * A recognition granted to an enterprise or platform (read model of {@code :Award}).
 *
 * @param supersedes the award this one corrects, if any
 * @param supersededBy the award that corrects this one, if any
 * @param grantedUnder the policy measure it was granted under, if any
 * @param note why it was recorded as it is (for a correction: what it corrects)
 */
public record Award(String id, String title, @Nullable String level, @Nullable String issuingBody,
		@Nullable LocalDate awardedOn, @Nullable Integer year, @Nullable LocalDate validUntil,
		@Nullable String recognition, boolean sample, @Nullable String supersedes, @Nullable String supersededBy,
		@Nullable String grantedUnder, @Nullable String note) {

	/** From an award node, or a map such as {@code Awards.PROJECTION}. */
	public static Award from(MapAccessor node) {
		return new Award(Rows.requiredString(node, "id"), Rows.requiredString(node, "title"),
				Rows.string(node, "level"), Rows.string(node, "issuingBody"), Rows.date(node, "awardedOn"),
				Rows.integer(node, "year"), Rows.date(node, "validUntil"), Rows.string(node, "recognition"),
				Rows.flag(node, "sample"), Rows.string(node, "supersedes"), Rows.string(node, "supersededBy"),
				Rows.string(node, "grantedUnder"), Rows.string(node, "note"));
	}

}
