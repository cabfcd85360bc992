package io.industryatlas.chain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.GraphQlErrors;
import io.industryatlas.SampleAtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored counts of local enterprises per (chain link, area), computed in full after
 * the seed and the sample data: each equals a count from scratch, and the gaps and
 * targets that read them answer as counting would.
 */
@SampleAtlasTest
class CoverageCountsTests {

	private static final String GAPS = """
			query($chain: ID!, $region: ID, $cluster: ID) {
			  chainGaps(chain: $chain, region: $region, cluster: $cluster) { links { link { id } localEnterprises } }
			}
			""";

	private static final String TARGETS = """
			query($chain: ID!, $region: ID, $cluster: ID) {
			  attractionTargets(chain: $chain, region: $region, cluster: $cluster, first: 100) {
			    edges { node { enterprise { id } gapLinks { id } } }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	CoverageCounts counts;

	@Test
	void everyStoredCountEqualsTheCountFromScratch() {
		assertThat(LocalCounts.mismatches(this.driver)).isEmpty();
		long pairs = LocalCounts.pairs(this.driver);
		// Sample data puts enterprises on most links in many areas: the check is not
		// vacuous.
		assertThat(pairs).isGreaterThan(500);
		assertThat(LocalCounts.stored(this.driver)).isEqualTo(pairs);
		assertThat(this.counts.computed()).isTrue();
	}

	@Test
	void computingAgainGivesTheSameCounts() {
		List<String> before = rows();
		this.counts.recompute();
		assertThat(rows()).isEqualTo(before);
		assertThat(this.counts.computed()).isTrue();
	}

	@Test
	void gapsAndTargetsAnswerAsCountingFromScratch() {
		List<Map<String, String>> areas = List.of(Map.of("region", "230000"), Map.of("region", "230100"),
				Map.of("region", "231283"), Map.of("region", "231200"),
				Map.of("cluster", "sui-ha-da-qi-biomanufacturing-cluster"),
				Map.of("cluster", "harbin-bio-industry-pole"));
		List<String> chains = this.driver.executableQuery("MATCH (c:Chain) RETURN c.id AS id ORDER BY id")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("id").asString())
			.toList();
		assertThat(chains).hasSizeGreaterThan(3);
		for (String chain : chains) {
			for (Map<String, String> area : areas) {
				String region = area.get("region");
				String cluster = area.get("cluster");
				assertThat(gaps(chain, region, cluster)).as("%s in %s", chain, area)
					.isEqualTo(LocalCounts.gaps(this.driver, chain, region, cluster));
				Map<String, List<String>> expected = LocalCounts.targets(this.driver, chain, region, cluster);
				if (expected.size() <= 100) {
					assertThat(targets(chain, region, cluster)).as("%s in %s", chain, area).isEqualTo(expected);
				}
			}
		}
	}

	@Test
	void anUnknownChainOrAreaIsNotFound() {
		Map<String, String> unknown = Map.of("chain: \"no-such-chain\", region: \"230100\"", "no-such-chain",
				"chain: \"straw-cellulosic-ethanol-chain\", region: \"239999\"", "239999",
				"chain: \"straw-cellulosic-ethanol-chain\", cluster: \"no-such-cluster\"", "no-such-cluster");
		unknown.forEach((arguments, key) -> {
			this.graphQl.document("{ chainGaps(%s) { links { localEnterprises } } }".formatted(arguments))
				.execute()
				.errors()
				.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND, key));
			this.graphQl.document("{ attractionTargets(%s) { edges { node { score } } } }".formatted(arguments))
				.execute()
				.errors()
				.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND, key));
		});
	}

	private Map<String, Integer> gaps(String chain, String region, String cluster) {
		List<Map<String, Object>> links = this.graphQl.document(GAPS)
			.variable("chain", chain)
			.variable("region", region)
			.variable("cluster", cluster)
			.execute()
			.path("chainGaps.links")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, Integer> result = new java.util.LinkedHashMap<>();
		for (Map<String, Object> link : links) {
			result.put((String) ((Map<?, ?>) link.get("link")).get("id"), (Integer) link.get("localEnterprises"));
		}
		return result;
	}

	private Map<String, List<String>> targets(String chain, String region, String cluster) {
		return targets(this.graphQl, chain, region, cluster);
	}

	/** Enterprise id to the ids of the gap links it covers, as the API ranks them. */
	static Map<String, List<String>> targets(HttpGraphQlTester graphQl, String chain, String region, String cluster) {
		List<Map<String, Object>> nodes = graphQl.document(TARGETS)
			.variable("chain", chain)
			.variable("region", region)
			.variable("cluster", cluster)
			.execute()
			.path("attractionTargets.edges[*].node")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, List<String>> result = new java.util.TreeMap<>();
		for (Map<String, Object> node : nodes) {
			List<String> links = ((List<?>) node.get("gapLinks")).stream()
				.map(link -> (String) ((Map<?, ?>) link).get("id"))
				.sorted()
				.toList();
			result.put((String) ((Map<?, ?>) node.get("enterprise")).get("id"), links);
		}
		return result;
	}

	private List<String> rows() {
		return this.driver.executableQuery("""
				MATCH (l:ChainLink)-[n:LOCAL_COUNT]->(a)
				RETURN l.id + ' ' + coalesce(a.code, a.id) + ' ' + n.enterprises AS row ORDER BY row
				""").execute().records().stream().map(r -> r.get("row").asString()).toList();
	}

}
