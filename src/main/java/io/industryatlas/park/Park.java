package io.industryatlas.park;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** An industrial park, base, zone or incubator (read model of {@code :Park}). */
public record Park(String id, String name, @Nullable String nameEn, @Nullable String kind, @Nullable String status,
		boolean sample) {

	public static Park from(MapAccessor node) {
		return new Park(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"), Rows.string(node, "nameEn"),
				Rows.string(node, "kind"), Rows.string(node, "status"), Rows.flag(node, "sample"));
	}

}
