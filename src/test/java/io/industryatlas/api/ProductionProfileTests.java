package io.industryatlas.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.industryatlas.AtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile hides the schema: no introspection, GraphiQL or printed schema.
 */
@AtlasTest
@ActiveProfiles("prod")
class ProductionProfileTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient web;

	@Test
	void introspectionIsOffAndQueriesStillWork() {
		this.graphQl.document("{ __schema { queryType { name } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getMessage()).doesNotContain("Did you mean")));
		this.graphQl.document("{ region(code: \"230100\") { name } }")
			.execute()
			.path("region.name")
			.entity(String.class)
			.isEqualTo("哈尔滨市");
	}

	@Test
	void neitherGraphiqlNorThePrintedSchemaIsServed() {
		this.web.get().uri("/graphiql").exchange().expectStatus().isNotFound();
		this.web.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isNotEqualTo(200));
	}

}
