package io.industryatlas.region;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.GraphQlErrors;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class RegionTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void harbinIsAPrefectureOfHeilongjiangAndBelongsToThePoleAndSuiHaDaQi() {
		this.graphQl.document("""
				{ region(code: "230100") { code name level parent { code name }
				    clusters { cluster { id kind } via region { code } } } }
				""")
			.execute()
			.path("region.name")
			.entity(String.class)
			.isEqualTo("哈尔滨市")
			.path("region.level")
			.entity(String.class)
			.isEqualTo("PREFECTURE")
			.path("region.parent.code")
			.entity(String.class)
			.isEqualTo("230000")
			.path("region.clusters[*].cluster.id")
			.entityList(String.class)
			.contains("harbin-bio-industry-pole", "sui-ha-da-qi-biomanufacturing-cluster");
	}

	@Test
	void heilongjiangHasItsThirteenPrefectureLevelDivisions() {
		List<String> codes = new ArrayList<>();
		String after = null;
		for (int pageNo = 0; pageNo < 10; pageNo++) {
			var response = this.graphQl.document("""
					query($after: String) { regions(level: PREFECTURE, parent: "230000", first: 5, after: $after) {
					    edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }
					""").variable("after", after).execute();
			codes.addAll(response.path("regions.edges[*].node.code").entityList(String.class).get());
			boolean hasNext = response.path("regions.pageInfo.hasNextPage").entity(Boolean.class).get();
			after = response.path("regions.pageInfo.endCursor").entity(String.class).get();
			if (!hasNext) {
				break;
			}
		}
		assertThat(codes).containsExactly("230100", "230200", "230300", "230400", "230500", "230600", "230700",
				"230800", "230900", "231000", "231100", "231200", "232700");
	}

	@Test
	void lastWithBeforePagesBackwards() {
		String sixth = this.graphQl
			.document("{ regions(level: PREFECTURE, parent: \"230000\", first: 6) { edges { cursor } } }")
			.execute()
			.path("regions.edges[5].cursor")
			.entity(String.class)
			.get();
		this.graphQl.document("""
				query($before: String) { regions(level: PREFECTURE, parent: "230000", last: 2, before: $before) {
				    edges { node { code } } } }
				""")
			.variable("before", sixth)
			.execute()
			.path("regions.edges[*].node.code")
			.entityList(String.class)
			.containsExactly("230400", "230500");
	}

	@Test
	void aMalformedCodeIsABadRequest() {
		this.graphQl.document("{ region(code: \"23-01\") { name } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, "six digits", "23-01"));
	}

	@Test
	void anUnknownCodeIsNotFound() {
		this.graphQl.document("{ region(code: \"999999\") { name } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND));
	}

	@Test
	void aPageOverTheCapIsABadRequest() {
		this.graphQl.document("{ regions(first: 1000) { edges { node { code } } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, "'first' must be at most 100"));
	}

	@Test
	void everyRegionNamedByADocumentCitesIt() {
		this.graphQl.document("{ region(code: \"231200\") { sources { document { id } clause quote } } }")
			.execute()
			.path("region.sources[*].document.id")
			.entityList(String.class)
			.contains("hlj-bioeconomy-plan-14th");
	}

}
