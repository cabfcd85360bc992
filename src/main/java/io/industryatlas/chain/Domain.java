package io.industryatlas.chain;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** A bio-industry domain (read model of {@code :Domain}). */
public record Domain(String id, String name, @Nullable String nameEn) {

	public static Domain from(MapAccessor node) {
		return new Domain(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"));
	}

}
