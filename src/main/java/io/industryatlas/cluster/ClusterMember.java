package io.industryatlas.cluster;

import org.jspecify.annotations.Nullable;

import io.industryatlas.region.Region;
import io.industryatlas.source.Source;

/** A member region of a cluster, with its role and source. */
public record ClusterMember(Region region, @Nullable String role, @Nullable String basis, @Nullable Source source) {
}
