package io.industryatlas.award;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** A recognition granted to an enterprise or platform (read model of {@code :Award}). */
public record Award(String id, String title, @Nullable String level, @Nullable String issuingBody,
		@Nullable LocalDate awardedOn, @Nullable Integer year, @Nullable LocalDate validUntil,
		@Nullable String recognition, boolean sample) {

	public static Award from(MapAccessor node) {
		return new Award(Rows.requiredString(node, "id"), Rows.requiredString(node, "title"),
				Rows.string(node, "level"), Rows.string(node, "issuingBody"), Rows.date(node, "awardedOn"),
				Rows.integer(node, "year"), Rows.date(node, "validUntil"), Rows.string(node, "recognition"),
				Rows.flag(node, "sample"));
	}

}
