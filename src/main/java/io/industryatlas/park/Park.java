package io.industryatlas.park;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/**
 * An industrial park, base, zone or incubator (read model of {@code :Park}).
 *
 * @param regionCode the code of the region it is located in, when the query read it along
 * (see {@link #PROJECTION}), so that its region needs no query of its own
 * @param regionRead whether the query read the region along: then a null
 * {@code regionCode} means the park has no region (the documents place none)
 * @param version the version writes must name (0 for entries never changed through the
 * API)
 */
public record Park(String id, String name, @Nullable String nameEn, @Nullable String kind, @Nullable String status,
		boolean sample, @Nullable String regionCode, boolean regionRead, long version) {

	/** Park {@code p} with the code of its region, for {@link #from}. */
	public static final String PROJECTION = """
			p {.*, regionCode: COLLECT { MATCH (p)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0]}
			""";

	/** From a park node, or a map of its properties such as {@link #PROJECTION}. */
	public static Park from(MapAccessor node) {
		return new Park(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"), Rows.string(node, "nameEn"),
				Rows.string(node, "kind"), Rows.string(node, "status"), Rows.flag(node, "sample"),
				Rows.string(node, "regionCode"), node.containsKey("regionCode"), Rows.number(node, "version", 0));
	}

}
