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
	 * The area's own node, bound as {@code areaNode}: the region, or the cluster; null
	 * when neither exists. The stored counts ({@link CoverageCounts}) hang off it.
	 */
	public static final String AREA_NODE = """
			OPTIONAL MATCH (areaRegion:Region {code: $region})
			OPTIONAL MATCH (areaCluster:Cluster {id: $cluster})
			WITH *, coalesce(areaRegion, areaCluster) AS areaNode
			""";

	/**
	 * How many enterprises local to the area of {@code areaNode} cover link {@code l}, as
	 * {@link #IS_LOCAL} counts them: read from the stored counts that
	 * {@link CoverageCounts} keeps, 0 when there is none.
	 */
	public static final String LOCAL_COUNT = """
			coalesce([(l)-[n:LOCAL_COUNT]->(areaNode) | n.enterprises][0], 0)
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

	/**
	 * Whether enterprise {@code e} is in the area {@code area} of cluster {@code c} (null
	 * for a region's area).
	 */
	public static final String IN_AREA = """
			(EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
			 OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
			 OR EXISTS { (e)-[:MEMBER_OF]->(c) })
			""";

	/**
	 * The enterprises of the area {@code area} of cluster {@code c} (null for a region's
	 * area), for {@link #enterprisePage}.
	 */
	public static final String AREA_ENTERPRISES = """
			MATCH (e:Enterprise)-[:MEMBER_OF]->(c) RETURN e
			UNION
			UNWIND area AS sub MATCH (e:Enterprise)-[:LOCATED_IN]->(sub) RETURN e
			UNION
			UNWIND area AS sub MATCH (e:Enterprise)-[t:TENANT_OF WHERE t.until IS NULL]->(:Park)-[:LOCATED_IN]->(sub) RETURN e
			""";

	/**
	 * How many enterprises are located in the regions of {@code area} (degree counts).
	 */
	public static final String AREA_ESTIMATE = """
			reduce(n = 0, r IN area | n + COUNT { (r)<-[:LOCATED_IN]-() })
			""";

	/**
	 * The plan choice of {@link #enterprisePage} for an area's own enterprises, from the
	 * expected number of matches, {@code estimate}, and the number of all enterprises,
	 * {@code total}. Walking the name index and stopping at the page reads about
	 * {@code (skip + fetch) * total / estimate} entries; collecting the area's matches
	 * and sorting them costs about {@code estimate}. The walk is chosen when it is
	 * expected to read under a quarter as many entries (each of its reads tests the
	 * area).
	 */
	public static final String AREA_WALK = """
			estimate * estimate > ($skip + $fetch) * total * 4
			""";

	/**
	 * One page of enterprises by name, as {@code items}, with two plans chosen per row by
	 * the boolean {@code walk} (see {@link #AREA_WALK}): walking the name index, testing
	 * {@code dense} on each enterprise and stopping at the page, which is cheap when
	 * matches are dense; or collecting the {@code sparse} subquery's matches and sorting
	 * them, cheap when they are few. Both plans give the same page; {@code variables} are
	 * imported into both.
	 * @param variables the variables the predicates use, comma-separated
	 * @param dense the predicate on {@code e} for the index walk
	 * @param sparse a subquery returning the matching {@code e}
	 * @return the Cypher fragment
	 */
	public static String enterprisePage(String variables, String dense, String sparse) {
		return """
				CALL (%1$s, walk) {
				  WITH * WHERE walk
				  CALL (%1$s) {
				    MATCH (e:Enterprise) WHERE e.name IS NOT NULL AND %2$s
				    WITH e ORDER BY e.name, e.id SKIP $skip LIMIT $fetch
				    RETURN collect(e) AS items
				  }
				  RETURN items
				  UNION ALL
				  WITH * WHERE NOT walk
				  CALL (%1$s) {
				    CALL (%1$s) {
				      %3$s
				    }
				    WITH DISTINCT e ORDER BY e.name, e.id SKIP $skip LIMIT $fetch
				    RETURN collect(e) AS items
				  }
				  RETURN items
				}
				""".formatted(variables, dense, sparse);
	}

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
