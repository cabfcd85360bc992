package io.industryatlas;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /actuator/prometheus} shows an operator: GraphQL request timers per
 * operation, data-fetcher timers, the driver's connection pool and the JVM. The query
 * counter of the other tests would replace the driver's pool counters (the driver takes
 * one observation provider), so this app runs without it, as in production.
 */
@AtlasTest
@TestPropertySource(properties = "atlas.test.count-driver-queries=false")
class MetricsTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	WebTestClient http;

	@Test
	void aQueryIsTimedUnderItsOperationNameWithHistogramBuckets() {
		this.graphQl.document("query RegionForMetrics { region(code: \"230100\") { name } }")
			.operationName("RegionForMetrics")
			.execute()
			.path("region.name")
			.entity(String.class)
			.isEqualTo("哈尔滨市");
		List<String> scrape = scrape();
		assertThat(value(scrape, "graphql_request_seconds_count", "graphql_operation_name=\"RegionForMetrics\"",
				"graphql_outcome=\"SUCCESS\"", "graphql_operation_type=\"query\"",
				"graphql_error_classification=\"NONE\""))
			.isGreaterThanOrEqualTo(1);
		// Histogram buckets, from which Prometheus computes percentiles.
		assertThat(scrape)
			.filteredOn(line -> line.startsWith("graphql_request_seconds_bucket{")
					&& line.contains("graphql_operation_name=\"RegionForMetrics\"")
					&& line.contains("graphql_outcome=\"SUCCESS\""))
			.hasSizeGreaterThan(10)
			.anyMatch(line -> line.contains("le=\"+Inf\""));
		assertThat(value(scrape, "graphql_datafetcher_seconds_count", "graphql_field_name=\"region\"",
				"graphql_outcome=\"SUCCESS\""))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void theNamedOperationIsTheTagWhenTheClientSendsNoOperationName() {
		// As the web UI asks: a named query, no operationName in the request.
		this.graphQl.document("query RegionNamedInTheDocument { region(code: \"230100\") { code } }")
			.execute()
			.path("region.code")
			.entity(String.class)
			.isEqualTo("230100");
		assertThat(
				value(scrape(), "graphql_request_seconds_count", "graphql_operation_name=\"RegionNamedInTheDocument\""))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void anErrorIsCountedUnderItsOutcomeAndClassification() {
		this.graphQl.document("query MissingRegionForMetrics { region(code: \"999999\") { name } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getErrorType()).hasToString("NOT_FOUND")));
		// The fetcher's own timer says SUCCESS: the API's exception handlers answer
		// inside it.
		assertThat(
				value(scrape(), "graphql_request_seconds_count", "graphql_operation_name=\"MissingRegionForMetrics\"",
						"graphql_outcome=\"REQUEST_ERROR\"", "graphql_error_classification=\"NOT_FOUND\""))
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void theDriversConnectionPoolIsMeasured() throws InterruptedException {
		// The pool's meters follow the driver's pools every few seconds.
		List<String> scrape = scrape();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (scrape.stream().noneMatch(line -> line.startsWith("neo4j_driver_pool_connections_in_use{"))
				&& System.nanoTime() < deadline) {
			Thread.sleep(500);
			scrape = scrape();
		}
		assertThat(value(scrape, "neo4j_driver_pool_connections_in_use", "address=\"127.0.0.1:")).isNotNegative();
		assertThat(value(scrape, "neo4j_driver_pool_connections_idle", "pool=\"127.0.0.1:")).isNotNegative();
		assertThat(value(scrape, "neo4j_driver_pool_acquisitions_pending", "pool=")).isNotNegative();
		assertThat(value(scrape, "neo4j_driver_pool_acquisition_timeouts_total", "pool=")).isZero();
		// The seeding alone opened connections and borrowed them.
		assertThat(value(scrape, "neo4j_driver_pool_connections_opened_total", "pool=")).isPositive();
		assertThat(value(scrape, "neo4j_driver_pool_acquisition_seconds_count", "pool=")).isPositive();
		assertThat(value(scrape, "neo4j_driver_pool_connections_in_use", "pool=")
				+ value(scrape, "neo4j_driver_pool_connections_idle", "pool="))
			.isPositive();
	}

	@Test
	void jvmAndProcessMetricsAreThere() {
		List<String> scrape = scrape();
		assertThat(value(scrape, "jvm_memory_used_bytes", "area=\"heap\"")).isPositive();
		assertThat(value(scrape, "jvm_threads_live_threads", "")).isPositive();
		assertThat(value(scrape, "process_uptime_seconds", "")).isPositive();
		assertThat(scrape).anyMatch(line -> line.startsWith("process_cpu_usage{"));
		assertThat(scrape).anyMatch(line -> line.startsWith("jvm_gc_"));
	}

	private List<String> scrape() {
		String body = this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(body).isNotNull();
		return body.lines().toList();
	}

	/**
	 * The value of the first sample of {@code metric} whose labels contain all of these.
	 */
	static double value(List<String> scrape, String metric, String... labels) {
		Predicate<String> sample = line -> line.startsWith(metric + "{") || line.startsWith(metric + " ");
		String line = scrape.stream()
			.filter(sample)
			.filter(candidate -> List.of(labels).stream().allMatch(candidate::contains))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No sample of %s with %s in:%n%s".formatted(metric, List.of(labels),
					String.join("\n", scrape.stream().filter(sample).toList()))));
		return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
	}

	/**
	 * The production profile: only administrators read the metrics. The same set-up as
	 * {@code ProductionProfileTests}, so the two share one app.
	 */
	@Nested
	@NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
	@AtlasTest
	@ActiveProfiles("prod")
	@TestPropertySource(properties = { "atlas.security.require-login-for-reads=true",
			"spring.config.import=classpath:security/test-accounts.yaml" })
	@Import(Logins.class)
	class UnderTheProductionProfile {

		@Autowired
		WebTestClient web;

		@Test
		void onlyAnAdministratorReadsTheMetrics() {
			this.web.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
			this.web.get()
				.uri("/actuator/prometheus")
				.header("Authorization", basic("reader"))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.web.get()
				.uri("/actuator/prometheus")
				.header("Authorization", basic("editor"))
				.exchange()
				.expectStatus()
				.isForbidden();
			this.web.get()
				.uri("/actuator/prometheus")
				.header("Authorization", basic("admin"))
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody(String.class)
				.value(body -> assertThat(body).contains("jvm_memory_used_bytes"));
			// Health stays open for load balancers.
			this.web.get().uri("/actuator/health").exchange().expectStatus().isOk();
		}

		private static String basic(String username) {
			return "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + username + "-pass").getBytes(StandardCharsets.UTF_8));
		}

	}

}
