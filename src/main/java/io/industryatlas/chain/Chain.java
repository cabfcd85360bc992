package io.industryatlas.chain;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** An industry chain (read model of {@code :Chain}). */
public record Chain(String id, String name, @Nullable String nameEn, @Nullable String description) {

	public static Chain from(MapAccessor node) {
		return new Chain(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"), Rows.string(node, "description"));
	}

}
