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
