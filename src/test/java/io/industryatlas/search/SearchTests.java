package io.industryatlas.search;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.GraphQlErrors;

@AtlasTest
class SearchTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void chineseTextFindsTheClusterFirst() {
		this.graphQl.document("{ search(text: \"绥哈大齐\") { edges { node { kind id name score } } } }")
			.execute()
			.path("search.edges[0].node.id")
			.entity(String.class)
			.isEqualTo("sui-ha-da-qi-biomanufacturing-cluster");
	}

	@Test
	void englishNamesAreSearchedToo() {
		this.graphQl.document("{ search(text: \"Qiqihar\") { edges { node { kind id } } } }")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.contains("230200");
	}

	@Test
	void fullTextSyntaxInTheTextIsTakenLiterally() {
		this.graphQl.document("{ search(text: \"*:* OR name:(\") { edges { node { id } } } }")
			.execute()
			.errors()
			.verify()
			.path("search.edges")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void blankTextIsABadRequest() {
		this.graphQl.document("{ search(text: \"  \") { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST));
	}

}
