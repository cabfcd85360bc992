package io.industryatlas.platform;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** An innovation platform (read model of {@code :Platform}). */
public record Platform(String id, String name, @Nullable String nameEn, @Nullable String kind, @Nullable String level,
		@Nullable String status, boolean sample, long version) {

	public static Platform from(MapAccessor node) {
		return new Platform(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"), Rows.string(node, "kind"), Rows.string(node, "level"),
				Rows.string(node, "status"), Rows.flag(node, "sample"), Rows.number(node, "version", 0));
	}

}
