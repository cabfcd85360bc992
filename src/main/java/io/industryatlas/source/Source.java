package io.industryatlas.source;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/**
 * Where a fact comes from.
 *
 * @param document the document
 * @param clause the clause in the document's own numbering
 * @param quote the sentence stating the fact, verbatim
 * @param role for an enterprise, the role the document gives it
 * @param roleNote the document's own words for that role
 */
public record Source(Document document, String clause, String quote, @Nullable String role, @Nullable String roleNote) {

	/**
	 * A source from a map {@code {document: <Document node or map>, clause, quote, role,
	 * roleNote}}, or null when the map is absent or names no document (a fact without a
	 * source, such as sample data).
	 */
	public static @Nullable Source from(@Nullable Value map) {
		if (map == null || map.isNull()) {
			return null;
		}
		Value document = Rows.nested(map, "document");
		if (document == null || Rows.string(map, "clause") == null) {
			return null;
		}
		return of(document, map);
	}

	private static Source of(MapAccessor document, MapAccessor map) {
		return new Source(Document.from(document), Rows.requiredString(map, "clause"),
				Rows.requiredString(map, "quote"), Rows.string(map, "role"), Rows.string(map, "roleNote"));
	}

}
