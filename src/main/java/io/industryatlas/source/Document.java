package io.industryatlas.source;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** A source document (read model of {@code :Document}). */
public record Document(String id, String title, @Nullable String titleEn, @Nullable String issuer,
		@Nullable LocalDate issuedOn, @Nullable LocalDate validFrom, @Nullable LocalDate validUntil, String status,
		String file) {

	public static Document from(MapAccessor node) {
		return new Document(Rows.requiredString(node, "id"), Rows.requiredString(node, "title"),
				Rows.string(node, "titleEn"), Rows.string(node, "issuer"), Rows.date(node, "issuedOn"),
				Rows.date(node, "validFrom"), Rows.date(node, "validUntil"), Rows.requiredString(node, "status"),
				Rows.requiredString(node, "file"));
	}

}
