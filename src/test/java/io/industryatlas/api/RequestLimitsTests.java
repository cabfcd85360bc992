package io.industryatlas.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.GraphQlErrors;
import io.industryatlas.TestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each limit on one request, with a request just over it: refused with a BAD_REQUEST
 * error naming the limit, and no database query run.
 */
@AtlasTest
class RequestLimitsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	TestSupport.QueryCounter queries;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aQueryNestedDeeperThanFifteenLevelsIsRefused() {
		// region { children { ... { code } } }: 1 + 14 + 1 = 16 levels
		String deep = "{ region(code: \"230000\") { " + "children { ".repeat(14) + "code" + " }".repeat(14) + " } }";
		assertRefusedWithoutQueries(deep, "nested 16 levels deep; at most 15");
		String allowed = "{ region(code: \"230000\") { " + "children { ".repeat(13) + "code" + " }".repeat(13) + " } }";
		this.graphQl.document(allowed).execute().path("region").hasValue();
	}

	@Test
	void aQueryAskingForMoreThanFiveHundredFieldsIsRefusedEveryTimeItIsSent() {
		StringBuilder wide = new StringBuilder("{");
		for (int i = 0; i < 11; i++) {
			wide.append(" r")
				.append(i)
				.append(": regions(first: 1) { edges { node { ")
				.append("code name nameEn level parent { code name } children { code name level } ".repeat(1))
				.append(regionFields())
				.append(" } } }");
		}
		wide.append(" }");
		// the second time the parsed document comes from the cache: the limit still holds
		assertRefusedWithoutQueries(wide.toString(), "fields; at most 500");
		assertRefusedWithoutQueries(wide.toString(), "fields; at most 500");
	}

	@Test
	void moreThanTwentyAliasesAreRefused() {
		StringBuilder aliased = new StringBuilder("{");
		for (int i = 0; i < 21; i++) {
			aliased.append(" a").append(i).append(": region(code: \"230100\") { code }");
		}
		aliased.append(" }");
		assertRefusedWithoutQueries(aliased.toString(), "21 aliases; at most 20");
	}

	@Test
	void aRequestBodyOverSixtyFourKilobytesIsRefusedWith413() throws Exception {
		String padding = " ".repeat(70_000);
		HttpResponse<String> response = post("{\"query\":\"{ documents { id } }" + padding + "\"}");
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.body()).contains("larger than 65536 bytes").contains("BAD_REQUEST");
		HttpResponse<String> small = post("{\"query\":\"{ documents { id } }\"}");
		assertThat(small.statusCode()).isEqualTo(200);
		assertThat(small.body()).contains("\"documents\"");
	}

	@Test
	void queriesAreNotTakenOverGet() throws Exception {
		String query = URLEncoder.encode("{ documents { id } }", StandardCharsets.UTF_8);
		HttpResponse<String> response = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql?query=" + query))
				.header("Accept", "application/json")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("\"documents\"");
	}

	@Test
	void errorsCarryNoStackTraceAndNoCypher() throws Exception {
		HttpResponse<String> response = post("{\"query\":\"{ region(code: \\\"12\\\") { code } nosuchfield }\"}");
		assertThat(response.body()).contains("errors")
			.doesNotContain("\tat ")
			.doesNotContain("Exception")
			.doesNotContain("MATCH")
			.doesNotContain("Did you mean");
	}

	private void assertRefusedWithoutQueries(String document, String message) {
		this.queries.reset();
		this.graphQl.document(document)
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, message));
		assertThat(this.queries.count()).as("database queries run for a refused request").isZero();
	}

	private static String regionFields() {
		// 40 distinct fields per region, through the cluster memberships
		return "clusters { via cluster { id name nameEn kind members { basis role region { code name nameEn level } } } "
				+ "region { code name nameEn level } source { clause quote document { id title } } } "
				+ "sources { clause quote role document { id title } }";
	}

	private HttpResponse<String> post(String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
