package io.industryatlas.chain;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.GraphQlErrors;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class ChainTests {

	private static final String ETHANOL_CHAIN = "straw-cellulosic-ethanol-chain";

	private static final String ETHANOL_LINK = ETHANOL_CHAIN + ":cellulosic-fuel-ethanol";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void thePolylacticAcidChainRunsFromColdRegionGrainToDegradableMaterialsLedByBeidahuang() {
		this.graphQl.document("""
				{ chain(id: "cold-region-grain-pla-chain") {
				    name domain { id } links { position stage name } leaders { id }
				    sources { document { id } clause } } }
				""")
			.execute()
			.path("chain.name")
			.entity(String.class)
			.isEqualTo("寒地粮食基淀粉糖生物发酵聚乳酸全产业链")
			.path("chain.links[*].name")
			.entityList(String.class)
			.satisfies(names -> {
				assertThat(names.get(0)).contains("寒地粮食");
				assertThat(names.get(names.size() - 1)).contains("可降解");
				assertThat(String.join("→", names)).containsSubsequence("淀粉糖", "发酵", "聚乳酸");
			})
			.path("chain.links[*].position")
			.entityList(Integer.class)
			.satisfies(positions -> assertThat(positions).isSorted())
			.path("chain.links[0].stage")
			.entity(String.class)
			.isEqualTo("UPSTREAM")
			.path("chain.leaders[*].id")
			.entityList(String.class)
			.contains("beidahuang-group")
			.path("chain.sources[0].clause")
			.entity(String.class)
			.isEqualTo("四（二）");
	}

	@Test
	void guangdongsAttractionTargetsAreLinksOfItsBiomanufacturingChain() {
		this.graphQl.document("""
				{ chain(id: "biomanufacturing-equipment-and-inputs") { links { name stage } } }
				""")
			.execute()
			.path("chain.links[*].name")
			.entityList(String.class)
			.satisfies(names -> assertThat(String.join(" ", names)).contains("生物反应器", "传感", "活细胞", "分离纯化", "酶制剂",
					"生物质粉体"));
	}

	@Test
	void aLinkCoveredInACountyIsNoGapForItsPrefectureOrClusterButIsOneElsewhere() {
		String gaps = """
				query($region: ID, $cluster: ID) {
				  chainGaps(chain: "straw-cellulosic-ethanol-chain", region: $region, cluster: $cluster) {
				    links { link { id } localEnterprises gap }
				    gaps { link { id } candidates(first: 5) { edges { node { id region { code } } } } }
				  }
				}
				""";
		// 海伦国投 is in 海伦市 (231283), a county-level city of 绥化 (231200).
		this.graphQl.document(gaps)
			.variable("region", "231200")
			.execute()
			.path("chainGaps.links[?(@.link.id == '" + ETHANOL_LINK + "')].localEnterprises")
			.entityList(Integer.class)
			.containsExactly(1)
			.path("chainGaps.gaps[*].link.id")
			.entityList(String.class)
			.doesNotContain(ETHANOL_LINK)
			.hasSizeGreaterThan(0);
		this.graphQl.document(gaps)
			.variable("cluster", "sui-ha-da-qi-biomanufacturing-cluster")
			.execute()
			.path("chainGaps.gaps[*].link.id")
			.entityList(String.class)
			.doesNotContain(ETHANOL_LINK);
		this.graphQl.document(gaps)
			.variable("region", "230100")
			.execute()
			.path("chainGaps.gaps[?(@.link.id == '" + ETHANOL_LINK + "')].candidates.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("hailun-sdic");
	}

	@Test
	void aLinkListsItsEnterprisesWithinAnArea() {
		String query = """
				query($region: ID) { chain(id: "straw-cellulosic-ethanol-chain") {
				    links { id enterprises(region: $region) { edges { node { id } } } } } }
				""";
		this.graphQl.document(query)
			.variable("region", "231200")
			.execute()
			.path("chain.links[?(@.id == '" + ETHANOL_LINK + "')].enterprises.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("hailun-sdic");
		this.graphQl.document(query)
			.variable("region", "230100")
			.execute()
			.path("chain.links[?(@.id == '" + ETHANOL_LINK + "')].enterprises.edges[*].node.id")
			.entityList(String.class)
			.hasSize(0);
	}

	@Test
	void aGapQueryNeedsExactlyOneAreaAndAKnownChain() {
		this.graphQl
			.document(
					"""
							{ chainGaps(chain: "straw-cellulosic-ethanol-chain", region: "230100", cluster: "x") { minEnterprises } }
							""")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, "exactly one of 'region' and 'cluster'"));
		this.graphQl.document("{ chainGaps(chain: \"no-such-chain\", region: \"230100\") { minEnterprises } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND));
	}

	@Test
	void aLinkByIdKnowsItsChainAndAnUnknownOneIsNotFound() {
		this.graphQl.document("""
				{ chainLink(id: "cold-region-grain-pla-chain:polylactic-acid") { name stage position chain { id } } }
				""")
			.execute()
			.path("chainLink.name")
			.entity(String.class)
			.isEqualTo("聚乳酸")
			.path("chainLink.stage")
			.entity(String.class)
			.isEqualTo("MIDSTREAM")
			.path("chainLink.chain.id")
			.entity(String.class)
			.isEqualTo("cold-region-grain-pla-chain");
		this.graphQl.document("{ chainLink(id: \"cold-region-grain-pla-chain:no-such-link\") { name } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND));
		this.graphQl.document("{ chainLink(id: \"Not A Key\") { name } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, "id"));
	}

	@Test
	void theSixDomainsComeInTheOrderOfThePlansColumns() {
		this.graphQl.document("{ domains { id directions { name } } }")
			.execute()
			.path("domains[*].id")
			.entityList(String.class)
			.containsExactly("biomedicine", "biomanufacturing", "bioagriculture", "bioenergy", "bioenvironmental",
					"biomedical-engineering")
			.path("domains[0].directions")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
	}

}
