package io.industryatlas.serving;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gate in front of the API, with room for one running request and one waiting: a
 * third is answered at once with 503 and {@code Retry-After}, and the two admitted ones
 * finish normally; a caller over the rate limit gets 429.
 */
@WriteAtlasTest
@TestPropertySource(properties = { "atlas.serving.concurrency=1", "atlas.serving.queue=1",
		"atlas.serving.queue-timeout=60s", "atlas.serving.retry-after=2s",
		"atlas.serving.rate-limit.requests-per-minute=1", "atlas.serving.rate-limit.burst=3" })
class AdmissionControlTests {

	static final String QUERY = "{\"query\":\"{ region(code: \\\"230100\\\") { name } }\"}";

	@Autowired
	Logins logins;

	@Autowired
	Driver driver;

	@Autowired
	MeterRegistry meters;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void beyondTheRunningAndTheQueuedRequestsTheAnswerIs503AtOnce() throws Exception {
		String id = this.logins.as("admin")
			.document("mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) "
					+ "{ enterprise { id } } }")
			.variable("input",
					Map.of("name", "闸门测试公司", "uscc", Uscc.complete("9123010051030001"), "regionCode", "230100"))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
		double rejected = rejected("overload");
		CompletableFuture<HttpResponse<String>> running;
		CompletableFuture<HttpResponse<String>> waiting;
		try (Session session = this.driver.session();
				Transaction holder = session
					.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ZERO).build())) {
			// Another writer holds the enterprise: an update of it runs until that ends.
			holder.run("MATCH (e:Enterprise {id: $id}) SET e.name = e.name", Map.of("id", id)).consume();
			running = send("admin",
					"""
							{"query":"mutation { updateEnterprise(input: {id: \\"%s\\", version: 1, nameEn: \\"Gate Ltd\\"}) { enterprise { version } } }"}
							"""
						.formatted(id));
			await().atMost(Duration.ofSeconds(30)).until(() -> gauge("atlas.admission.active") == 1);
			waiting = send("editor", QUERY);
			await().atMost(Duration.ofSeconds(30)).until(() -> gauge("atlas.admission.queued") == 1);

			long start = System.nanoTime();
			HttpResponse<String> refused = send("manager", QUERY).get();
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
			assertThat(refused.body()).contains("\"classification\":\"UNAVAILABLE\"");
			// Answered at once, not after a wait (generous for a loaded machine).
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
			assertThat(rejected("overload")).isEqualTo(rejected + 1);
			assertThat(running).isNotDone();
			assertThat(waiting).isNotDone();
			holder.rollback();
		}
		assertThat(running.get().statusCode()).isEqualTo(200);
		assertThat(running.get().body()).contains("\"version\":2");
		assertThat(waiting.get().statusCode()).isEqualTo(200);
		assertThat(waiting.get().body()).contains("哈尔滨市");
		await().atMost(Duration.ofSeconds(10)).until(() -> gauge("atlas.admission.active") == 0);
	}

	@Test
	void aCallerOverItsRateGets429() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("reader", QUERY).get().statusCode()).isEqualTo(200);
		}
		HttpResponse<String> limited = send("reader", QUERY).get();
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		assertThat(limited.body()).contains("\"classification\":\"RATE_LIMITED\"");
		// Another caller is not limited by it.
		assertThat(send("admin", QUERY).get().statusCode()).isEqualTo(200);
	}

	private CompletableFuture<HttpResponse<String>> send(String account, String body) {
		String credentials = Base64.getEncoder()
			.encodeToString((account + ":" + account + "-pass").getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + credentials)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	private double gauge(String name) {
		return this.meters.get(name).gauge().value();
	}

	private double rejected(String reason) {
		return this.meters.get("atlas.admission.rejected").tag("reason", reason).counter().count();
	}

}
