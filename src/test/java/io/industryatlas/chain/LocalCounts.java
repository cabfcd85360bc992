package io.industryatlas.chain;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The number of local enterprises per (chain link, area) and of current tenants per
 * (park, domain) counted from scratch, as the queries counted them before the counts were
 * stored, to hold the stored counts ({@link CoverageCounts}) against.
 */
final class LocalCounts {

	/** Every region's area and every cluster's, with the area's regions. */
	private static final String AREAS = """
			CALL () {
			  MATCH (a:Region)
			  OPTIONAL MATCH (sub:Region)-[:PART_OF*0..2]->(a)
			  RETURN a, collect(DISTINCT sub) AS area, null AS cluster
			  UNION
			  MATCH (a:Cluster)
			  OPTIONAL MATCH (a)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(sub:Region)
			  RETURN a, collect(DISTINCT sub) AS area, a AS cluster
			}
			""";

	/** Area.IS_LOCAL, with the cluster bound as {@code cluster} (null for a region). */
	private static final String IS_LOCAL = """
			(EXISTS { (e)-[:LOCATED_IN]->(r:Region) WHERE r IN area }
			 OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL AND r IN area }
			 OR (cluster IS NOT NULL AND EXISTS { (e)-[:MEMBER_OF]->(cluster) }))
			""";

	/**
	 * Every (link, area) pair whose stored count differs from the count from scratch
	 * (with no stored row read as 0, and a stored 0 or a second row as a difference), and
	 * stored counts on anything but a link and an area; the same for every park's tenants
	 * by domain.
	 */
	private static final String MISMATCHES = AREAS
			+ """
					MATCH (l:ChainLink)
					CALL (l, area, cluster) {
					  OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
					  WHERE e IS NOT NULL AND %s
					  RETURN count(DISTINCT e) AS expected
					}
					CALL (l, a) {
					  OPTIONAL MATCH (l)-[n:LOCAL_COUNT]->(a)
					  RETURN collect(n.enterprises) AS stored
					}
					WITH l, a, expected, stored
					WHERE stored <> CASE WHEN expected = 0 THEN [] ELSE [expected] END
					RETURN l.id + ' in ' + coalesce(a.code, a.id) + ': counted ' + expected + ', stored ' + reduce(text = '', n IN stored | text + ' ' + toString(n)) AS mismatch
					UNION ALL
					MATCH (x)-[n:LOCAL_COUNT]->(y) WHERE NOT (x:ChainLink AND (y:Region OR y:Cluster))
					RETURN 'a count from ' + elementId(x) + ' to ' + elementId(y) AS mismatch
					UNION ALL
					MATCH (p:Park)
					CALL (p) {
					  OPTIONAL MATCH (e:Enterprise)-[t:TENANT_OF]->(p) WHERE t.until IS NULL
					  WITH DISTINCT e WHERE e IS NOT NULL
					  WITH e, [(e)-[:FOCUSES_ON]->(d:Domain) | d.id]
					          + [(e)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Chain)-[:IN_DOMAIN]->(d:Domain) | d.id] AS ids
					  UNWIND CASE WHEN ids = [] THEN ['-'] ELSE ids END AS domain
					  WITH domain, count(DISTINCT e) AS n
					  RETURN collect(domain + '=' + n) AS expected
					}
					WITH p, expected,
					     [(p)-[c:TENANTS_IN_DOMAIN]->(d:Domain) | d.id + '=' + c.tenants]
					     + CASE WHEN p.tenantsWithoutDomain IS NULL THEN [] ELSE ['-=' + p.tenantsWithoutDomain] END AS stored
					WHERE size(stored) <> size(expected) OR any(x IN expected WHERE NOT x IN stored)
					RETURN p.id + ': tenants by domain counted ' + reduce(text = '', x IN expected | text + ' ' + x)
					       + ', stored ' + reduce(text = '', x IN stored | text + ' ' + x) AS mismatch
					UNION ALL
					MATCH (x)-[n:TENANTS_IN_DOMAIN]->(y) WHERE NOT (x:Park AND y:Domain)
					RETURN 'a tenant count from ' + elementId(x) + ' to ' + elementId(y) AS mismatch
					"""
				.formatted(IS_LOCAL);

	/** How many (link, area) pairs have local enterprises, counted from scratch. */
	private static final String PAIRS = AREAS + """
			MATCH (l:ChainLink)
			CALL (l, area, cluster) {
			  OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
			  WHERE e IS NOT NULL AND %s
			  RETURN count(DISTINCT e) AS expected
			}
			RETURN count(CASE WHEN expected > 0 THEN 1 END) AS pairs
			""".formatted(IS_LOCAL);

	/** One chain's links with their local enterprises in an area, from scratch. */
	static final String GAPS = Area.AREA_REGIONS + """
			MATCH (:Chain {id: $chain})-[:HAS_LINK]->(l:ChainLink)
			CALL (l, area) {
			  OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
			  WHERE e IS NOT NULL AND %s
			  RETURN count(DISTINCT e) AS local
			}
			RETURN l.id AS link, local ORDER BY l.position, l.id
			""".formatted(Area.IS_LOCAL);

	/**
	 * The enterprises outside an area covering the chain's gap links there (fewer than
	 * {@code $minEnterprises} local enterprises, from scratch), with the gap links each
	 * covers.
	 */
	static final String TARGETS = Area.AREA_REGIONS + """
			MATCH (:Chain {id: $chain})-[:HAS_LINK]->(l:ChainLink)
			CALL (l, area) {
			  OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
			  WHERE e IS NOT NULL AND %1$s
			  RETURN count(DISTINCT e) AS local
			}
			WITH area, collect(CASE WHEN local < $minEnterprises THEN l END) AS gaps
			UNWIND gaps AS gap
			MATCH (e:Enterprise)-[:COVERS]->(gap)
			WHERE NOT %1$s
			WITH e, gap ORDER BY gap.id
			RETURN e.id AS id, collect(DISTINCT gap.id) AS filled
			""".formatted(Area.IS_LOCAL);

	private LocalCounts() {
	}

	static List<String> mismatches(Driver driver) {
		return driver.executableQuery(MISMATCHES)
			.execute()
			.records()
			.stream()
			.map(r -> r.get("mismatch").asString())
			.toList();
	}

	static long pairs(Driver driver) {
		return driver.executableQuery(PAIRS).execute().records().get(0).get("pairs").asLong();
	}

	/** The stored count rows. */
	static long stored(Driver driver) {
		return driver.executableQuery("MATCH ()-[n:LOCAL_COUNT]->() RETURN count(n) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	/** Link id to local enterprises of a chain in a region's or a cluster's area. */
	static Map<String, Integer> gaps(Driver driver, String chain, String region, String cluster) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("chain", chain);
		parameters.put("region", region);
		parameters.put("cluster", cluster);
		Map<String, Integer> links = new java.util.LinkedHashMap<>();
		driver.executableQuery(GAPS)
			.withParameters(parameters)
			.execute()
			.records()
			.forEach(r -> links.put(r.get("link").asString(), r.get("local").asInt()));
		return links;
	}

	/**
	 * Enterprise id to the gap links it covers, for attraction in an area, from scratch.
	 */
	static Map<String, List<String>> targets(Driver driver, String chain, String region, String cluster) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("chain", chain);
		parameters.put("region", region);
		parameters.put("cluster", cluster);
		parameters.put("minEnterprises", 1);
		Map<String, List<String>> targets = new java.util.TreeMap<>();
		driver.executableQuery(TARGETS)
			.withParameters(parameters)
			.execute()
			.records()
			.forEach(r -> targets.put(r.get("id").asString(), r.get("filled").asList(v -> v.asString())));
		return targets;
	}

}
