package io.industryatlas.platform;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/**
 * A university, research institute or other institution (read model of
 * {@code :Institution}).
 */
public record Institution(String id, String name, @Nullable String nameEn, @Nullable String kind) {

	public static Institution from(MapAccessor node) {
		return new Institution(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"), Rows.string(node, "kind"));
	}

}
