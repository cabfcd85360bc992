package io.industryatlas.park;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;

import io.industryatlas.api.Rows;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.source.Source;

/** An enterprise's stay in a park, from move-in to move-out (open while it lasts). */
record Tenancy(Enterprise enterprise, Park park, @Nullable LocalDate since, @Nullable LocalDate until, boolean sample,
		@Nullable Source source) {

	/** From a row map {@code {enterprise, park, since, until, sample, source}}. */
	static Tenancy from(Value row) {
		return new Tenancy(Enterprise.from(row.get("enterprise").asNode()), Park.from(row.get("park").asNode()),
				Rows.date(row, "since"), Rows.date(row, "until"), Rows.flag(row, "sample"),
				Source.from(row.get("source")));
	}

}
