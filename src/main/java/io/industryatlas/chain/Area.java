package io.industryatlas.chain;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.industryatlas.api.BadInputException;
import io.industryatlas.api.Keys;

/**
 * The area a chain question is asked about: a region with the regions below it, or a
 * cluster (its member regions and the organisations named as members).
 *
 * @param region the region code, or null
 * @param cluster the cluster id, or null
 */
public record Area(@Nullable String region, @Nullable String cluster) {

	/** The regions of the area, bound as {@code area}; empty when no area is given. */
	public static final String AREA_REGIONS = """
			CALL () {
			  OPTIONAL MATCH (root:Region {code: $region})
			  RETURN root
			  UNION
			  OPTIONAL MATCH (:Cluster {id: $cluster})-[:INCLUDES]->(root:Region)
			  RETURN root
			}
			OPTIONAL MATCH (sub:Region)-[:PART_OF*0..2]->(root)
			WITH collect(DISTINCT sub) AS area
			""";

	/**
	 * Whether enterprise {@code e} is in the area (located there, a current tenant there,
	 * or a named member).
	 */
	public static final String IS_LOCAL = """
			(EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
			 OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
			 OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $cluster}) })
			""";

	/** An area given by exactly one of a region code and a cluster id, both checked. */
	public static Area exactlyOne(@Nullable String region, @Nullable String cluster) {
		if ((region == null) == (cluster == null)) {
			throw new BadInputException((region == null) ? "region" : "cluster",
					"Give exactly one of 'region' and 'cluster'");
		}
		if (region != null) {
			Keys.regionCode("region", region);
		}
		if (cluster != null) {
			Keys.slug("cluster", cluster);
		}
		return new Area(region, cluster);
	}

	/** The gap threshold: a link with fewer local enterprises is a gap. */
	public static int checkMinEnterprises(int minEnterprises) {
		if (minEnterprises < 1 || minEnterprises > 1000) {
			throw new BadInputException("minEnterprises",
					"'minEnterprises' must be between 1 and 1000, got " + minEnterprises);
		}
		return minEnterprises;
	}

	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("region", this.region);
		parameters.put("cluster", this.cluster);
		return parameters;
	}

}
