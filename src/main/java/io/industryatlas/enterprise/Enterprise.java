package io.industryatlas.enterprise;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** An enterprise or group (read model of {@code :Enterprise}). */
public record Enterprise(String id, String name, @Nullable String nameEn, List<String> aliases, @Nullable String uscc,
		boolean sample) {

	public static Enterprise from(MapAccessor node) {
		String aliases = Rows.string(node, "aliases");
		return new Enterprise(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"),
				(aliases != null)
						? Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList()
						: List.of(),
				Rows.string(node, "uscc"), Rows.flag(node, "sample"));
	}

}
