package io.industryatlas.api;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import io.industryatlas.AtlasTest;
import io.industryatlas.Logins;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production deployment: the profile hides the schema (no introspection, GraphiQL or
 * printed schema), and this one also requires a login for reads.
 */
@AtlasTest
@ActiveProfiles("prod")
@TestPropertySource(properties = { "atlas.security.require-login-for-reads=true",
		"spring.config.import=classpath:security/test-accounts.yaml" })
@Import(Logins.class)
class ProductionProfileTests {

	@Autowired
	Logins logins;

	@Autowired
	WebTestClient web;

	@Test
	void introspectionIsOffAndQueriesStillWork() {
		HttpGraphQlTester reader = this.logins.as("reader");
		reader.document("{ __schema { queryType { name } } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty()
				.allSatisfy(error -> assertThat(error.getMessage()).doesNotContain("Did you mean")));
		reader.document("{ region(code: \"230100\") { name } }")
			.execute()
			.path("region.name")
			.entity(String.class)
			.isEqualTo("哈尔滨市");
		// A misspelt field is named, and no other field is suggested.
		reader.document("{ regoin(code: \"230100\") { name } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("regoin").doesNotContain("region(")));
	}

	@Test
	void neitherGraphiqlNorThePrintedSchemaIsServed() {
		String reader = "Basic " + java.util.Base64.getEncoder().encodeToString("reader:reader-pass".getBytes());
		this.web.get().uri("/graphiql").header("Authorization", reader).exchange().expectStatus().isNotFound();
		this.web.get()
			.uri("/graphql/schema")
			.header("Authorization", reader)
			.exchange()
			.expectStatus()
			.value(status -> assertThat(status).isNotEqualTo(200));
	}

	@Test
	void readsNeedALoginButTheWebUiItselfLoads() {
		this.web.post()
			.uri("/graphql")
			.header("Content-Type", "application/json")
			.bodyValue("{\"query\":\"{ region(code: \\\"230100\\\") { name } }\"}")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value("WWW-Authenticate", value -> assertThat(value).startsWith("Basic"));
		this.web.get().uri("/").exchange().expectStatus().isOk();
		this.web.get().uri("/actuator/health").exchange().expectStatus().isOk();
	}

}
