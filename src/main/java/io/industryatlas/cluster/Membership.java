package io.industryatlas.cluster;

import org.jspecify.annotations.Nullable;

import io.industryatlas.region.Region;
import io.industryatlas.source.Source;

/**
 * Why an entity belongs to a cluster: named as a member ({@code EXPLICIT}), or lying in a
 * member region ({@code REGION}, with that region and its role).
 */
public record Membership(Cluster cluster, Via via, @Nullable Region region, @Nullable String role,
		@Nullable Source source) {

	/** How the membership is known. */
	public enum Via {

		EXPLICIT, REGION

	}

}
