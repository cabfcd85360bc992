package io.industryatlas.attraction;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.GraphQlErrors;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class AttractionTests {

	private static final String TARGETS = """
			query($chain: ID!, $region: ID, $cluster: ID) {
			  attractionTargets(chain: $chain, region: $region, cluster: $cluster, date: "2026-06-01", first: 10) {
			    edges { node {
			      enterprise { id } score
			      scoring { factor points detail }
			      gapLinks { id }
			      incentive { region { code } project total rules { rule { source { clause } } amount } }
			    } }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void harbinShouldAttractTheCellulosicEthanolMakerOfHailunAndIsToldWhatItWouldGet() {
		this.graphQl.document(TARGETS)
			.variable("chain", "straw-cellulosic-ethanol-chain")
			.variable("region", "230100")
			.execute()
			.path("attractionTargets.edges[0].node.enterprise.id")
			.entity(String.class)
			.isEqualTo("hailun-sdic")
			.path("attractionTargets.edges[0].node.gapLinks[*].id")
			.entityList(String.class)
			.containsExactly("straw-cellulosic-ethanol-chain:cellulosic-fuel-ethanol")
			.path("attractionTargets.edges[0].node.scoring[?(@.factor == 'GAP_COVERAGE')].points")
			.entityList(Integer.class)
			.containsExactly(10)
			.path("attractionTargets.edges[0].node.incentive.region.code")
			.entity(String.class)
			.isEqualTo("230100")
			// A typical 50 million yuan new plant: 20% under Heilongjiang's measure （六）.
			.path("attractionTargets.edges[0].node.incentive.total")
			.entity(String.class)
			.isEqualTo("10000000.00")
			.path("attractionTargets.edges[0].node.incentive.rules[*].rule.source.clause")
			.entityList(String.class)
			.contains("（六）");
	}

	@Test
	void theChainLeaderRanksFirstAndTheScoreIsTheSumOfItsParts() {
		this.graphQl.document(TARGETS)
			.variable("chain", "cold-region-grain-pla-chain")
			.variable("region", "231100")
			.execute()
			.path("attractionTargets.edges[0].node.enterprise.id")
			.entity(String.class)
			.isEqualTo("beidahuang-group")
			.path("attractionTargets.edges[0].node.scoring[*].factor")
			.entityList(String.class)
			.contains("GAP_COVERAGE", "CHAIN_LEADER")
			.path("attractionTargets.edges[*].node")
			.entityList(Map.class)
			.satisfies(nodes -> assertThat(nodes).allSatisfy(node -> {
				int sum = ((List<Map<String, Object>>) node.get("scoring")).stream()
					.mapToInt(c -> ((Number) c.get("points")).intValue())
					.sum();
				assertThat(node.get("score")).isEqualTo(sum);
			}));
	}

	@Test
	void targetsAreOutsideTheArea() {
		this.graphQl.document(TARGETS)
			.variable("chain", "straw-cellulosic-ethanol-chain")
			.variable("cluster", "sui-ha-da-qi-biomanufacturing-cluster")
			.execute()
			.path("attractionTargets.edges[*].node.enterprise.id")
			.entityList(String.class)
			.doesNotContain("hailun-sdic");
	}

	@Test
	void badArgumentsAreRefused() {
		this.graphQl
			.document(
					"""
							{ attractionTargets(chain: "straw-cellulosic-ethanol-chain", region: "230100", typicalInvestment: "-1") {
							    edges { node { score } } } }
							""")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, "typicalInvestment"));
		this.graphQl.document("""
				{ attractionTargets(chain: "no-such-chain", region: "230100") { edges { node { score } } } }
				""").execute().errors().satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND));
	}

}
