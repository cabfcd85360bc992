package io.industryatlas.chain;

import java.util.List;

import org.jspecify.annotations.Nullable;

import io.industryatlas.cluster.Cluster;
import io.industryatlas.region.Region;

/**
 * Every link of a chain with an area's coverage of it; the gaps are those below the
 * threshold.
 */
record ChainGapReport(Chain chain, @Nullable Region region, @Nullable Cluster cluster, int minEnterprises,
		List<LinkCoverage> links, List<LinkCoverage> gaps) {

	ChainGapReport(Chain chain, @Nullable Region region, @Nullable Cluster cluster, int minEnterprises,
			List<LinkCoverage> links) {
		this(chain, region, cluster, minEnterprises, links, links.stream().filter(LinkCoverage::gap).toList());
	}

}
