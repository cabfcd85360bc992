package io.industryatlas.enterprise;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/**
 * An enterprise or group (read model of {@code :Enterprise}).
 *
 * @param version the version writes must name (0 for entries never changed through the
 * API)
 * @param usccException why an administrator recorded a code that fails the GB 32100
 * check, if one did
 */
public record Enterprise(String id, String name, @Nullable String nameEn, List<String> aliases, @Nullable String uscc,
		boolean sample, long version, @Nullable UsccException usccException) {

	public static Enterprise from(MapAccessor node) {
		String aliases = Rows.string(node, "aliases");
		String reason = Rows.string(node, "usccException");
		return new Enterprise(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"),
				(aliases != null)
						? Arrays.stream(aliases.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).toList()
						: List.of(),
				Rows.string(node, "uscc"), Rows.flag(node, "sample"), Rows.number(node, "version", 0),
				(reason != null) ? new UsccException(reason, Rows.requiredString(node, "usccExceptionBy"),
						Rows.requiredString(node, "usccExceptionAt")) : null);
	}

	/**
	 * A credit code kept although it fails the check, recorded by an administrator.
	 *
	 * @param reason why it was kept
	 * @param recordedBy the administrator
	 * @param recordedAt when, as an ISO-8601 instant
	 */
	public record UsccException(String reason, String recordedBy, String recordedAt) {

	}

}
