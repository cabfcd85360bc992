package io.industryatlas.api;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.annotation.Autowired;

import io.industryatlas.GraphQlErrors;
import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that cannot finish in time is stopped by the database's transaction timeout
 * (10 s in the write tests) and answered with a TIMEOUT error; nothing is written.
 */
@WriteAtlasTest
class RequestTimeoutTests {

	@Autowired
	Logins logins;

	@Autowired
	Driver driver;

	@Test
	void aWriteWaitingLongerThanTheTimeoutIsStoppedWithATimeoutError() {
		String id = this.logins.as("admin")
			.document(
					"mutation { registerEnterprise(input: {name: \"超时测试公司\", uscc: \"%s\", regionCode: \"230100\"}) { enterprise { id } } }"
						.formatted(Uscc.complete("9123010051010001")))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
		// Another writer holds the enterprise (and never lets go in time).
		try (Session session = this.driver.session();
				Transaction holder = session
					.beginTransaction(TransactionConfig.builder().withTimeout(Duration.ZERO).build())) {
			holder.run("MATCH (e:Enterprise {id: $id}) SET e.name = e.name", Map.of("id", id)).consume();
			long start = System.nanoTime();
			this.logins.as("admin")
				.document(
						"mutation { updateEnterprise(input: {id: \"%s\", version: 1, nameEn: \"Too Late Ltd\"}) { enterprise { id } } }"
							.formatted(id))
				.execute()
				.errors()
				.satisfy(GraphQlErrors.classified("TIMEOUT", "took too long"));
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
			holder.rollback();
		}
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { nameEn version } }".formatted(id))
			.execute()
			.path("enterprise")
			.entity(Map.class)
			.satisfies(enterprise -> {
				assertThat(enterprise.get("nameEn")).isNull();
				assertThat(enterprise.get("version")).isEqualTo(1);
			});
	}

}
