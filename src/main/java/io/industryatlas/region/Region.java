package io.industryatlas.region;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** An administrative region (read model of {@code :Region}). */
public record Region(String code, String name, @Nullable String nameEn, RegionLevel level) {

	public static Region from(MapAccessor node) {
		return new Region(Rows.requiredString(node, "code"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"), RegionLevel.valueOf(Rows.requiredString(node, "level")));
	}

}
