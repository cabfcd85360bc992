package io.industryatlas.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.SampleAtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages of an area's enterprises come from one of two plans (walking the name index, or
 * collecting and sorting the area's enterprises), chosen by how dense the area is against
 * the page's end. Walking every page two at a time crosses from one plan to the other;
 * the pages together must be exactly the area's enterprises in name order, as a plain
 * Cypher statement lists them.
 */
@SampleAtlasTest
class AreaPagingTests {

	private static final int PAGE = 2;

	private static final String HARBIN = "230100";

	private static final String HEILONGJIANG = "230000";

	private static final String SUI_HA_DA_QI = "sui-ha-da-qi-biomanufacturing-cluster";

	private static final String IN_AREA = """
			(EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r IN area }
			 OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r) WHERE t.until IS NULL AND r IN area }
			 OR EXISTS { (e)-[:MEMBER_OF]->(:Cluster {id: $cluster}) })
			""";

	private static final String AREA = """
			OPTIONAL MATCH (root:Region) WHERE root.code = $region
			   OR EXISTS { (:Cluster {id: $cluster})-[:INCLUDES]->(root) }
			OPTIONAL MATCH (sub:Region)-[:PART_OF*0..2]->(root)
			WITH collect(DISTINCT sub) AS area
			""";

	private static final String EXPECTED = AREA + """
			MATCH (e:Enterprise) WHERE ($link IS NULL OR EXISTS { (e)-[:COVERS]->(:ChainLink {id: $link}) })
			  AND (($region IS NULL AND $cluster IS NULL) OR %s)
			RETURN e.id AS id ORDER BY e.name, e.id
			""".formatted(IN_AREA);

	private static final String LOCATED = AREA + """
			RETURN reduce(n = 0, r IN area | n + COUNT { (r)<-[:LOCATED_IN]-() }) AS located,
			       COUNT { MATCH (e:Enterprise) RETURN e } AS total,
			       COUNT { (:ChainLink {id: $link})<-[:COVERS]-() } AS covering
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void aRegionsEnterprisesPageByPage() {
		List<String> walked = walk(
				"""
						query($after: String) { region(code: "230100") {
						    enterprises(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }
						""",
				"region.enterprises");
		assertThat(walked).isEqualTo(expected(HARBIN, null, null));
		assertBothPlans(choice(HARBIN, null, null), walked.size());
	}

	@Test
	void aClustersEnterprisesPageByPage() {
		List<String> walked = walk(
				"""
						query($after: String) { cluster(id: "sui-ha-da-qi-biomanufacturing-cluster") {
						    enterprises(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }
						""",
				"cluster.enterprises");
		assertThat(walked).isEqualTo(expected(null, SUI_HA_DA_QI, null));
		assertBothPlans(choice(null, SUI_HA_DA_QI, null), walked.size());
	}

	@Test
	void theEnterprisesCoveringALinkEverywhereAndInAnArea() {
		String link = busiestLink();
		String everywhere = """
				query($after: String, $link: ID!) { chainLink(id: $link) {
				    enterprises(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } }
				""";
		List<String> walked = walk(everywhere, "chainLink.enterprises", Map.of("link", link));
		assertThat(walked).isEqualTo(expected(null, null, link));
		assertBothPlans(choice(null, null, link), walked.size());

		String inProvince = """
				query($after: String, $link: ID!) { chainLink(id: $link) {
				    enterprises(region: "230000", first: 2, after: $after) {
				      edges { node { id } } pageInfo { hasNextPage endCursor } } } }
				""";
		walked = walk(inProvince, "chainLink.enterprises", Map.of("link", link));
		assertThat(walked).isEqualTo(expected(HEILONGJIANG, null, link));
		assertBothPlans(choice(HEILONGJIANG, null, link), walked.size());
	}

	private List<String> walk(String document, String connection) {
		return walk(document, connection, Map.of());
	}

	private List<String> walk(String document, String connection, Map<String, Object> variables) {
		List<String> ids = new ArrayList<>();
		String after = null;
		for (int page = 0; page < 500; page++) {
			GraphQlTester.Request<?> request = this.graphQl.document(document).variable("after", after);
			variables.forEach(request::variable);
			GraphQlTester.Response response = request.execute();
			ids.addAll(response.path(connection + ".edges[*].node.id").entityList(String.class).get());
			if (!response.path(connection + ".pageInfo.hasNextPage").entity(Boolean.class).get()) {
				return ids;
			}
			after = response.path(connection + ".pageInfo.endCursor").entity(String.class).get();
		}
		throw new AssertionError("more than 500 pages");
	}

	private List<String> expected(@Nullable String region, @Nullable String cluster, @Nullable String link) {
		return this.driver.executableQuery(EXPECTED)
			.withParameters(parameters(region, cluster, link))
			.execute()
			.records()
			.stream()
			.map(row -> row.get("id").asString())
			.toList();
	}

	/**
	 * How the plan choice reckons: the index walk is taken when
	 * {@code matches * sparseCost > (skip + fetch) * total * factor}. An area's own
	 * enterprises: matches estimated from the enterprises located there, sparse cost the
	 * same, factor 4. A link's enterprises: matches are the link's coverers everywhere,
	 * or the stored count of those local to the area (exactly the enterprises expected),
	 * sparse cost reading every coverer, factor 1.
	 */
	private record Choice(double matches, double sparseCost, double factor) {
	}

	private Choice choice(@Nullable String region, @Nullable String cluster, @Nullable String link) {
		var row = this.driver.executableQuery(LOCATED)
			.withParameters(parameters(region, cluster, link))
			.execute()
			.records()
			.get(0);
		long located = row.get("located").asLong();
		long covering = row.get("covering").asLong();
		if (link == null) {
			return new Choice(located, located, 4);
		}
		double matches = (region == null && cluster == null) ? covering : expected(region, cluster, link).size();
		return new Choice(matches, covering, 1);
	}

	/**
	 * The first page is dense enough for the index walk, the last (its end at or past
	 * {@code size + 1}) is not: the walk used both plans.
	 */
	private void assertBothPlans(Choice choice, int size) {
		long total = this.driver.executableQuery("MATCH (e:Enterprise) RETURN count(e) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		double weight = choice.matches() * choice.sparseCost();
		assertThat(size).isGreaterThan(10 * PAGE);
		assertThat(weight).as("first page takes the index walk").isGreaterThan((PAGE + 1) * total * choice.factor());
		assertThat(weight).as("last page collects and sorts").isLessThanOrEqualTo((size + 1) * total * choice.factor());
	}

	private String busiestLink() {
		return this.driver.executableQuery("""
				MATCH (l:ChainLink) RETURN l.id AS id ORDER BY COUNT { (l)<-[:COVERS]-() } DESC, id LIMIT 1
				""").execute().records().get(0).get("id").asString();
	}

	private static Map<String, Object> parameters(@Nullable String region, @Nullable String cluster,
			@Nullable String link) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		parameters.put("region", region);
		parameters.put("cluster", cluster);
		parameters.put("link", link);
		return parameters;
	}

}
