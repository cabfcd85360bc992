package io.industryatlas;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No N+1: the number of Neo4j queries of a nested request does not grow with its results.
 */
@AtlasTest
class BatchingTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestSupport.QueryCounter queries;

	@Test
	void aDeepRegionQueryCostsTheSameNumberOfDatabaseQueriesForTwoOrThirtyRegions() {
		queriesFor(1); // warms the in-memory caches (regions), which would count once
		int few = queriesFor(2);
		var fewQueries = java.util.List.copyOf(this.queries.names());
		int many = queriesFor(30);
		assertThat(few).as("queries for 2 regions (%s)", this.queries.names()).isGreaterThan(10);
		assertThat(many)
			.as("queries for 30 regions, of which these are not run for 2: %s",
					this.queries.names().stream().filter(q -> !fewQueries.contains(q)).toList())
			.isEqualTo(few);
	}

	@Test
	void theSeedOnlyStructureIsServedFromMemory() {
		String document = """
				{ region(code: "230100") { name parent { code } children { code }
				    clusters { cluster { id name } via region { code } role } }
				  cluster(id: "sui-ha-da-qi-biomanufacturing-cluster") { name kind members { region { code } role } }
				  clusters(first: 10) { edges { node { id } } }
				  chain(id: "cold-region-tcm-chain") { name domain { id } links { id stage chain { id } } }
				  chains(first: 5) { edges { node { id } } }
				  domains { id } }
				""";
		this.graphQl.document(document).execute();
		this.queries.reset();
		this.graphQl.document(document)
			.execute()
			.path("region.clusters[*].cluster.id")
			.entityList(String.class)
			.contains("sui-ha-da-qi-biomanufacturing-cluster")
			.path("cluster.members[*].region.code")
			.entityList(String.class)
			.contains("230100")
			.path("chain.links[*].chain.id")
			.entityList(String.class)
			.hasSizeGreaterThan(2)
			.path("domains")
			.entityList(Object.class)
			.hasSizeGreaterThan(2);
		assertThat(this.queries.count()).as("database queries (%s)", this.queries.names()).isZero();
	}

	private int queriesFor(int regions) {
		this.queries.reset();
		this.graphQl.documentName("regionsDeep")
			.variable("first", regions)
			.execute()
			.path("regions.edges")
			.entityList(Object.class)
			.hasSize(regions)
			.path("regions.edges[0].node.parks.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0)
			.path("regions.edges[0].node.enterprises.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0)
			.path("regions.edges[0].node.platforms.edges")
			.entityList(Object.class)
			.hasSizeGreaterThan(0);
		return this.queries.count();
	}

}
