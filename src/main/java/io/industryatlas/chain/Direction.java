package io.industryatlas.chain;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** A development direction of a plan column (read model of {@code :Direction}). */
record Direction(String id, String name, @Nullable String nameEn) {

	static Direction from(MapAccessor node) {
		return new Direction(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"));
	}

}
