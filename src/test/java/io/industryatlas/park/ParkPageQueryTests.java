package io.industryatlas.park;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.SampleAtlasTest;
import io.industryatlas.TestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A park page (the park, its first tenants, its tenants by domain) is one database query,
 * and answers exactly what the same fields answer when loaded one by one.
 */
@SampleAtlasTest
class ParkPageQueryTests {

	private static final String FIELDS = """
			tenants(first: 3) { edges { cursor node { enterprise { id } since until } } pageInfo { hasNextPage endCursor } }
			tenantsByDomain { domain { id } count }
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Autowired
	TestSupport.QueryCounter queries;

	@Test
	void aParkWithItsFirstTenantsAndItsTenantsByDomainIsOneQuery() {
		String park = busiestPark();
		String document = "query($id: ID!) { park(id: $id) { id name region { code } " + FIELDS + " } }";
		this.graphQl.document(document).variable("id", park).execute(); // warms the
																		// caches
		this.queries.reset();
		Map<String, Object> folded = this.graphQl.document(document)
			.variable("id", park)
			.execute()
			.path("park")
			.entity(Map.class)
			.get();
		assertThat(this.queries.count()).as("database queries (%s)", this.queries.names()).isEqualTo(1);

		// the same fields of the same park through the list, where each loads on its own
		List<Map<String, Object>> listed = this.graphQl
			.document("{ parks(first: 100) { edges { node { id name region { code } " + FIELDS + " } } } }")
			.execute()
			.path("parks.edges[*].node")
			.entityList(Map.class)
			.get()
			.stream()
			.filter(node -> park.equals(node.get("id")))
			.map(node -> (Map<String, Object>) node)
			.toList();
		assertThat(listed).hasSize(1);
		assertThat(folded).isEqualTo(listed.get(0));
		assertThat((List<?>) ((Map<?, ?>) folded.get("tenants")).get("edges")).hasSize(3);
		assertThat((List<?>) folded.get("tenantsByDomain")).isNotEmpty();
	}

	@Test
	void aLaterPageOfTenantsLoadsOnItsOwnAndContinuesTheFirst() {
		String park = busiestPark();
		List<String> firstSix = this.graphQl
			.document(
					"query($id: ID!) { park(id: $id) { tenants(first: 6) { edges { node { enterprise { id } } } } } }")
			.variable("id", park)
			.execute()
			.path("park.tenants.edges[*].node.enterprise.id")
			.entityList(String.class)
			.hasSize(6)
			.get();
		String cursor = this.graphQl
			.document("query($id: ID!) { park(id: $id) { tenants(first: 3) { pageInfo { endCursor } } } }")
			.variable("id", park)
			.execute()
			.path("park.tenants.pageInfo.endCursor")
			.entity(String.class)
			.get();
		this.queries.reset();
		this.graphQl.document("""
				query($id: ID!, $after: String) { park(id: $id) {
				    tenants(first: 3, after: $after) { edges { node { enterprise { id } } } }
				    tenantsByDomain { count } } }
				""")
			.variable("id", park)
			.variable("after", cursor)
			.execute()
			.path("park.tenants.edges[*].node.enterprise.id")
			.entityList(String.class)
			.isEqualTo(firstSix.subList(3, 6))
			.path("park.tenantsByDomain")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
		assertThat(this.queries.count()).as("database queries (%s)", this.queries.names()).isEqualTo(2);
	}

	@Test
	void aliasesAskingForDifferentPagesEachGetTheirOwn() {
		String park = busiestPark();
		this.graphQl.document("""
				query($id: ID!) { park(id: $id) {
				    two: tenants(first: 2) { edges { node { enterprise { id } } } }
				    five: tenants(first: 5) { edges { node { enterprise { id } } } } } }
				""")
			.variable("id", park)
			.execute()
			.path("park.two.edges")
			.entityList(Object.class)
			.hasSize(2)
			.path("park.five.edges")
			.entityList(Object.class)
			.hasSize(5);
	}

	@Test
	void anOversizedFirstPageIsStillRefusedByTheField() {
		this.graphQl.document("query($id: ID!) { park(id: $id) { name tenants(first: 100000) { edges { cursor } } } }")
			.variable("id", busiestPark())
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getPath()).isEqualTo("park.tenants")));
	}

	private String busiestPark() {
		return this.driver.executableQuery("""
				MATCH (p:Park)<-[t:TENANT_OF WHERE t.until IS NULL]-(:Enterprise)
				WITH p, count(t) AS tenants WHERE tenants >= 6
				RETURN p.id AS id ORDER BY tenants DESC, id LIMIT 1
				""").execute().records().get(0).get("id").asString();
	}

}
