package io.industryatlas.serving;

import java.time.Duration;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import io.industryatlas.Logins;
import io.industryatlas.TestSupport.QueryCounter;
import io.industryatlas.WriteAtlasTest;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The cache of read answers, through the API: a repeated query is answered without the
 * database, a write is seen by the next read at once, callers never see each other's
 * answers, and the data stamp moves with every committed write and only then.
 */
@WriteAtlasTest
class ResponseCacheTests {

	static final String ENTERPRISE = """
			query CachedEnterprise($id: ID!) { enterprise(id: $id) { id name version } }
			""";

	static final String UPDATE = """
			mutation($input: UpdateEnterpriseInput!) {
			  updateEnterprise(input: $input) { enterprise { id name version } }
			}
			""";

	@Autowired
	Logins logins;

	@Autowired
	Driver driver;

	@Autowired
	QueryCounter queries;

	@Autowired
	MeterRegistry meters;

	@Test
	void aRepeatedQueryIsAnsweredWithoutTheDatabaseAndAWriteIsSeenAtOnce() {
		String id = register("缓存测试公司", "9123010051020001");
		assertThat(name(id)).isEqualTo("缓存测试公司");
		assertThat(name(id)).isEqualTo("缓存测试公司");
		double hits = hits();
		this.queries.reset();
		assertThat(name(id)).isEqualTo("缓存测试公司");
		assertThat(this.queries.count()).as("queries run for a cached answer").isZero();
		assertThat(hits()).isEqualTo(hits + 1);

		this.logins.as("admin")
			.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 1, "name", "缓存测试公司（改名）"))
			.execute()
			.path("updateEnterprise.enterprise.version")
			.entity(Integer.class)
			.isEqualTo(2);
		// The very next read, on the instance that wrote, sees the write.
		assertThat(name(id)).isEqualTo("缓存测试公司（改名）");
		assertThat(name(id)).isEqualTo("缓存测试公司（改名）");
	}

	@Test
	void theStampMovesWithEveryCommittedWriteAndNotWithARefusedOne() {
		long before = stamp();
		String id = register("印章测试公司", "9123010051020002");
		assertThat(stamp()).isEqualTo(before + 1);
		// Refused (a stale version): nothing written, the stamp stays.
		this.logins.as("admin")
			.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 7, "name", "不会写入"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).isNotEmpty());
		assertThat(stamp()).isEqualTo(before + 1);
		// Reads move nothing.
		name(id);
		name(id);
		assertThat(stamp()).isEqualTo(before + 1);
	}

	@Test
	void callersNeverShareAnswers() {
		for (int i = 0; i < 3; i++) {
			assertThat(viewer("admin")).isEqualTo("admin");
			assertThat(viewer("editor")).isEqualTo("editor");
			this.logins.anonymous()
				.document("query Viewer { viewer { username } }")
				.execute()
				.path("viewer")
				.valueIsNull();
		}
	}

	@Test
	void aWriteMadeOutsideTheAppIsSeenOnceTheStampMoves() {
		String id = register("外部写入公司", "9123010051020003");
		name(id);
		assertThat(name(id)).isEqualTo("外部写入公司");
		// As another instance, or cypher-shell, writes: the change and the stamp
		// together.
		this.driver.executableQuery("""
				MATCH (e:Enterprise {id: $id}) SET e.name = '外部写入公司（外部）'
				WITH e MATCH (v:DataVersion {key: 'atlas'}) SET v.version = v.version + 1
				""").withParameters(Map.of("id", id)).execute();
		// Seen within the check interval (250 ms), waited for here up to 5 s.
		await().atMost(Duration.ofSeconds(5))
			.pollInterval(Duration.ofMillis(50))
			.untilAsserted(() -> assertThat(name(id)).isEqualTo("外部写入公司（外部）"));
	}

	private String register(String name, String codePrefix) {
		return this.logins.as("admin")
			.document("mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) "
					+ "{ enterprise { id } } }")
			.variable("input", Map.of("name", name, "uscc", Uscc.complete(codePrefix), "regionCode", "230100"))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
	}

	private String name(String id) {
		return this.logins.anonymous()
			.document(ENTERPRISE)
			.variable("id", id)
			.execute()
			.path("enterprise.name")
			.entity(String.class)
			.get();
	}

	private String viewer(String account) {
		return this.logins.as(account)
			.document("query Viewer { viewer { username } }")
			.execute()
			.path("viewer.username")
			.entity(String.class)
			.get();
	}

	private long stamp() {
		return this.driver.executableQuery("MATCH (v:DataVersion {key: 'atlas'}) RETURN v.version AS v")
			.execute()
			.records()
			.get(0)
			.get("v")
			.asLong();
	}

	private double hits() {
		return this.meters.get("cache.gets")
			.tag("cache", "graphql-responses")
			.tag("result", "hit")
			.functionCounter()
			.count();
	}

}
