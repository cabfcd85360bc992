package io.industryatlas;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

/** What other frontends and operators rely on besides the queries. */
@AtlasTest
class OperationsTests {

	@Autowired
	WebTestClient http;

	@Test
	void theSchemaIsPublished() {
		this.http.get()
			.uri("/graphql/schema")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.value(schema -> org.assertj.core.api.Assertions.assertThat(schema)
				.contains("type Region", "chainGaps(", "\"The GB/T 2260 code.\""));
	}

	@Test
	void healthReportsTheDatabase() {
		this.http.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.components.neo4j.status")
			.isEqualTo("UP");
	}

	@Test
	void theConfiguredOriginMayCallTheApiAndOthersMayNot() {
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "http://localhost:5173")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173");
		this.http.options()
			.uri("/graphql")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange()
			.expectStatus()
			.isForbidden();
	}

	@Test
	void graphiqlIsServed() {
		this.http.get().uri("/graphiql").exchange().expectStatus().is3xxRedirection();
	}

}
