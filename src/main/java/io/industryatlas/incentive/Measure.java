package io.industryatlas.incentive;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;
import io.industryatlas.source.Document;

/** A measure (clause) of a policy document (read model of {@code :Measure}). */
record Measure(String id, String clause, String title, @Nullable String titleEn, Document document) {

	static Measure from(MapAccessor node, Document document) {
		return new Measure(Rows.requiredString(node, "id"), Rows.requiredString(node, "clause"),
				Rows.requiredString(node, "title"), Rows.string(node, "titleEn"), document);
	}

}
