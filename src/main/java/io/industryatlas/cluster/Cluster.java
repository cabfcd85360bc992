package io.industryatlas.cluster;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** A pole, zone, belt or industrial cluster (read model of {@code :Cluster}). */
public record Cluster(String id, String name, @Nullable String nameEn, ClusterKind kind, @Nullable String description) {

	public static Cluster from(MapAccessor node) {
		return new Cluster(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"), ClusterKind.valueOf(Rows.requiredString(node, "kind")),
				Rows.string(node, "description"));
	}

}
