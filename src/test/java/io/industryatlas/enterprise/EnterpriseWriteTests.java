package io.industryatlas.enterprise;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.GraphQlErrors;
import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering and changing enterprises through the API: who may, every validation with
 * nothing written, credit-code exceptions, optimistic locking under concurrency, and the
 * audit log.
 */
@WriteAtlasTest
class EnterpriseWriteTests {

	/** Valid codes (GB 32100-2015) registered in Harbin's divisions, one per test. */
	static final String HARBIN_CODE = "91230184MA1BUFLT44";

	static final String OTHER_CODE = "91310110666007217T";

	static final String SPARE_CODE = "91310115591693856A";

	static final String REGISTER = """
			mutation($input: RegisterEnterpriseInput!) {
			  registerEnterprise(input: $input) {
			    enterprise { id name nameEn aliases uscc usccDivision usccRegion { code } version
			                 usccException { reason recordedBy } region { code } }
			  }
			}
			""";

	static final String UPDATE = """
			mutation($input: UpdateEnterpriseInput!) {
			  updateEnterprise(input: $input) { enterprise { id name nameEn version region { code } } }
			}
			""";

	@Autowired
	Logins logins;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void aBureauEditorRegistersAnEnterpriseInItsRegionWithEveryFieldAndAnAuditRecord() {
		String id = register("editor", "哈尔滨测试生物科技有限公司", HARBIN_CODE, "230100").path("registerEnterprise.enterprise")
			.entity(Map.class)
			.get()
			.get("id")
			.toString();
		GraphQlTester.Response read = this.logins.anonymous()
			.document(
					"{ enterprise(id: \"%s\") { name uscc usccDivision usccRegion { code } version region { code } } }"
						.formatted(id))
			.execute();
		read.path("enterprise.name").entity(String.class).isEqualTo("哈尔滨测试生物科技有限公司");
		read.path("enterprise.uscc").entity(String.class).isEqualTo(HARBIN_CODE);
		read.path("enterprise.usccDivision").entity(String.class).isEqualTo("230184");
		read.path("enterprise.version").entity(Integer.class).isEqualTo(1);
		read.path("enterprise.region.code").entity(String.class).isEqualTo("230100");
		this.logins.as("admin")
			.document(
					"{ auditRecords(targetId: \"%s\") { edges { node { actor operation targetKind summary changes { field before after } } } } }"
						.formatted(id))
			.execute()
			.path("auditRecords.edges[0].node")
			.entity(Map.class)
			.satisfies(node -> {
				assertThat(node).containsEntry("actor", "editor")
					.containsEntry("operation", "registerEnterprise")
					.containsEntry("targetKind", "Enterprise");
				assertThat((List<Map<String, Object>>) node.get("changes")).anySatisfy(change -> {
					assertThat(change).containsEntry("field", "uscc").containsEntry("after", HARBIN_CODE);
					assertThat(change.get("before")).isNull();
				});
			});
	}

	@Test
	void writesAreRefusedToAnonymousCallersAccountsWithoutTheRoleAndEditorsOutsideTheirRegions() {
		register(this.logins.anonymous(), "匿名公司", SPARE_CODE, "230100").errors()
			.satisfy(GraphQlErrors.single(ErrorType.UNAUTHORIZED, "Log in"));
		register(this.logins.as("reader"), "无角色公司", SPARE_CODE, "230100").errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "needs the role"));
		register(this.logins.as("manager"), "园区经理公司", SPARE_CODE, "230100").errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "needs the role"));
		// Qiqihar is not among the editor's regions (Harbin).
		register(this.logins.as("editor"), "齐齐哈尔公司", SPARE_CODE, "230200").errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "region 230200"));
		assertThat(enterprisesWithCode(SPARE_CODE)).isZero();
	}

	@Test
	void everyProblemOfAnInputIsNamedByFieldAndNothingIsWritten() {
		long before = enterpriseCount();
		this.logins.as("admin")
			.document(REGISTER)
			.variable("input",
					Map.of("name", " ", "uscc", "91230184MA1BUFLT45", "regionCode", "999999", "aliases",
							List.of("a|b")))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.fields("name", "uscc", "regionCode", "aliases[0]"));
		this.logins.as("admin")
			.document(REGISTER)
			.variable("input", Map.of("name", "坏字符公司", "uscc", "91230184MA1BUFLTI4", "regionCode", "230100"))
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("character 17 ('I') is not allowed")));
		assertThat(enterpriseCount()).isEqualTo(before);
	}

	@Test
	void aCodeIsUniqueAcrossTheAtlas() {
		register("admin", "第一家", OTHER_CODE, "230100");
		long before = enterpriseCount();
		register(this.logins.as("admin"), "第二家", " 9131011066600721 7t ", "230100").errors()
			.satisfy(GraphQlErrors.fields("uscc"));
		assertThat(enterpriseCount()).isEqualTo(before);
	}

	@Test
	void onlyAnAdministratorMayKeepACodeThatFailsTheCheckAndTheExceptionStaysVisible() {
		String failing = "91350211M00013FA1N";
		Map<String, Object> input = Map.of("name", "早期试点企业", "uscc", failing, "regionCode", "230100", "usccException",
				"Issued in an early pilot region before GB 32100-2015; checked against the licence.");
		this.logins.as("editor")
			.document(REGISTER)
			.variable("input", input)
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "Only an administrator"));
		assertThat(enterprisesWithCode(failing)).isZero();
		this.logins.as("admin")
			.document(REGISTER)
			.variable("input", input)
			.execute()
			.path("registerEnterprise.enterprise.usccException")
			.entity(Map.class)
			.satisfies(exception -> assertThat(exception).containsEntry("recordedBy", "admin")
				.containsEntry("reason", input.get("usccException")));
	}

	@Test
	void aChangeFromAnOutdatedVersionIsAConflictAndWritesNothing() {
		String id = register("editor", "版本测试公司", validCode("2301001"), "230100")
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
		this.logins.as("editor")
			.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 1, "nameEn", "Version Test Co."))
			.execute()
			.path("updateEnterprise.enterprise.version")
			.entity(Integer.class)
			.isEqualTo(2);
		this.logins.as("editor")
			.document(UPDATE)
			.variable("input", Map.of("id", id, "version", 1, "name", "过时的名字"))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.classified("CONFLICT", "version 1", "version 2"));
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { name nameEn version } }".formatted(id))
			.execute()
			.path("enterprise")
			.entity(Map.class)
			.isEqualTo(Map.of("name", "版本测试公司", "nameEn", "Version Test Co.", "version", 2));
	}

	@Test
	void ofTwoEditorsChangingTheSameVersionAtOnceExactlyOneWins() throws Exception {
		String id = register("editor", "并发测试公司", validCode("2301002"), "230100")
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
		int writers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<GraphQlTester.Response>> results = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String name = "并发名字" + i;
			results.add(pool.submit(() -> {
				start.await();
				return this.logins.as("editor")
					.document(UPDATE)
					.variable("input", Map.of("id", id, "version", 1, "name", name))
					.execute();
			}));
		}
		start.countDown();
		int won = 0;
		int conflicts = 0;
		for (Future<GraphQlTester.Response> result : results) {
			GraphQlTester.Response response = result.get();
			List<String> classifications = new ArrayList<>();
			response.errors().satisfy(errors -> errors.forEach(e -> classifications.add(e.getErrorType().toString())));
			if (classifications.isEmpty()) {
				won++;
			}
			else {
				assertThat(classifications).containsExactly("CONFLICT");
				conflicts++;
			}
		}
		pool.shutdown();
		assertThat(won).isEqualTo(1);
		assertThat(conflicts).isEqualTo(writers - 1);
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { version } }".formatted(id))
			.execute()
			.path("enterprise.version")
			.entity(Integer.class)
			.isEqualTo(2);
	}

	@Test
	void chainLinksAreSetAsAWholeAndUnknownLinksAreNamed() {
		String id = register("editor", "链条测试公司", validCode("2301003"), "230100")
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
		String link = this.logins.anonymous()
			.document("{ chains(first: 1) { edges { node { links { id } } } } }")
			.execute()
			.path("chains.edges[0].node.links[0].id")
			.entity(String.class)
			.get();
		String set = """
				mutation($input: SetEnterpriseChainLinksInput!) {
				  setEnterpriseChainLinks(input: $input) { enterprise { version chainLinks { id } } }
				}
				""";
		this.logins.as("editor")
			.document(set)
			.variable("input", Map.of("enterpriseId", id, "version", 1, "linkIds", List.of(link, "no-such-link")))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.fields("linkIds[1]"));
		this.logins.as("editor")
			.document(set)
			.variable("input", Map.of("enterpriseId", id, "version", 1, "linkIds", List.of(link)))
			.execute()
			.path("setEnterpriseChainLinks.enterprise.chainLinks[*].id")
			.entityList(String.class)
			.containsExactly(link);
	}

	@Test
	void aJwtCarriesTheRolesAndRegionsAndABadOrExpiredTokenIsRefused() throws Exception {
		HttpGraphQlTester editor = this.logins.bearer(Map.of("sub", "u-42", "preferred_username", "jwt-editor", "roles",
				List.of("BUREAU_EDITOR", "SOMETHING_ELSE"), "regions", List.of("230100")));
		editor.document("{ viewer { username roles regions } }")
			.execute()
			.path("viewer")
			.entity(Map.class)
			.isEqualTo(
					Map.of("username", "jwt-editor", "roles", List.of("BUREAU_EDITOR"), "regions", List.of("230100")));
		register(editor, "令牌公司", validCode("2301004"), "230100").path("registerEnterprise.enterprise.id").hasValue();
		register(editor, "令牌公司二", validCode("2301005"), "230200").errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "region 230200"));
		String expired = Logins.jwt(Map.of("sub", "u-42", "roles", List.of("ADMIN")), Instant.now().minusSeconds(120));
		assertThat(post("Bearer " + expired).statusCode()).isEqualTo(401);
		assertThat(post("Bearer " + expired.substring(0, expired.length() - 4) + "AAAA").statusCode()).isEqualTo(401);
		assertThat(post("Basic " + java.util.Base64.getEncoder().encodeToString("admin:wrong".getBytes())).statusCode())
			.isEqualTo(401);
		assertThat(post(null).statusCode()).isEqualTo(200);
	}

	@Test
	void onlyAdministratorsReadTheAuditLog() {
		this.logins.as("editor")
			.document("{ auditRecords { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN));
		this.logins.anonymous()
			.document("{ auditRecords { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.UNAUTHORIZED));
	}

	private GraphQlTester.Response register(String username, String name, String uscc, String region) {
		GraphQlTester.Response response = register(this.logins.as(username), name, uscc, region);
		response.errors().verify();
		return response;
	}

	private GraphQlTester.Response register(GraphQlTester tester, String name, String uscc, String region) {
		return tester.document(REGISTER)
			.variable("input", Map.of("name", name, "uscc", uscc, "regionCode", region))
			.execute();
	}

	private HttpResponse<String> post(String authorization) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ viewer { username } }\"}"));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private long enterprisesWithCode(String uscc) {
		return this.driver.executableQuery("MATCH (e:Enterprise {uscc: $uscc}) RETURN count(e) AS n")
			.withParameters(Map.of("uscc", uscc))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private long enterpriseCount() {
		return this.driver.executableQuery("MATCH (e:Enterprise) RETURN count(e) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	/**
	 * A valid code issued in Harbin whose organisation code starts with {@code seed} (7
	 * characters): the check characters are computed as GB 11714 and GB 32100 say.
	 */
	static String validCode(String seed) {
		return Uscc.complete("91230100" + (seed + "MA").substring(0, 8));
	}

}
