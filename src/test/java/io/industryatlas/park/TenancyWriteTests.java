package io.industryatlas.park;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.industryatlas.GraphQlErrors;
import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving tenants in and out, and creating and changing parks: history kept and never
 * overlapping, each role's rights, every refusal without a write.
 */
@WriteAtlasTest
class TenancyWriteTests {

	/** The test park manager looks after this Harbin park. */
	static final String MANAGED_PARK = "shenzhen-harbin-industrial-park";

	static final String HARBIN_PARK = "harbin-biomedicine-specialized-park";

	static final String QIQIHAR_PARK = "qiqihar-api-amino-acid-production-base";

	static final String MOVE_IN = """
			mutation($input: MoveTenantInInput!) {
			  moveTenantIn(input: $input) { tenancy { enterprise { id } park { id } since until source { clause } } }
			}
			""";

	static final String MOVE_OUT = """
			mutation($input: MoveTenantOutInput!) {
			  moveTenantOut(input: $input) { tenancy { since until } }
			}
			""";

	@Autowired
	Logins logins;

	@Test
	void aParkManagerMovesATenantInAndOutAndTheHistoryIsKept() {
		String id = enterprise("租户历史公司", "3101001");
		moveIn("manager", MANAGED_PARK, id, "2021-03-01", null).path("moveTenantIn.tenancy.until").valueIsNull();
		tenantIds(MANAGED_PARK).contains(id);
		// Still a tenant: a second, overlapping move-in is refused and nothing is
		// written.
		moveIn("manager", MANAGED_PARK, id, "2023-01-01", null).errors().satisfy(GraphQlErrors.fields("since"));
		moveOut("manager", MANAGED_PARK, id, "2020-12-31").errors().satisfy(GraphQlErrors.fields("until"));
		moveOut("manager", MANAGED_PARK, id, "2024-06-30").path("moveTenantOut.tenancy")
			.entity(Map.class)
			.isEqualTo(Map.of("since", "2021-03-01", "until", "2024-06-30"));
		moveOut("manager", MANAGED_PARK, id, "2024-07-31").errors().satisfy(GraphQlErrors.fields("enterpriseId"));
		moveIn("manager", MANAGED_PARK, id, "2025-01-15", null).path("moveTenantIn.tenancy.since")
			.entity(String.class)
			.isEqualTo("2025-01-15");
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { tenancies { park { id } since until } } }".formatted(id))
			.execute()
			.path("enterprise.tenancies[*].since")
			.entityList(String.class)
			.containsExactly("2025-01-15", "2021-03-01");
	}

	@Test
	void pastStaysMayBeRecordedButNeverOverlapAndEndNotBeforeStart() {
		String id = enterprise("过往租户公司", "3101002");
		moveIn("editor", HARBIN_PARK, id, "2018-01-01", "2019-12-31").errors().verify();
		moveIn("editor", HARBIN_PARK, id, "2019-06-01", "2020-06-01").errors().satisfy(GraphQlErrors.fields("since"));
		moveIn("editor", HARBIN_PARK, id, "2017-01-01", null).errors().satisfy(GraphQlErrors.fields("since"));
		moveIn("editor", HARBIN_PARK, id, "2021-05-01", "2021-04-30").errors().satisfy(GraphQlErrors.fields("until"));
		// Adjacent stays do not overlap: the move-out day is the next move-in day.
		moveIn("editor", HARBIN_PARK, id, "2019-12-31", null).errors().verify();
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { tenancies { since until } } }".formatted(id))
			.execute()
			.path("enterprise.tenancies")
			.entityList(Map.class)
			.hasSize(2);
	}

	@Test
	void eachRoleMovesTenantsOnlyWhereItMay() {
		String id = enterprise("权限租户公司", "3101003");
		// The manager's park only; an editor in its regions; administrators anywhere.
		moveIn("manager", HARBIN_PARK, id, "2022-01-01", null).errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, HARBIN_PARK));
		moveIn("editor", QIQIHAR_PARK, id, "2022-01-01", null).errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, QIQIHAR_PARK));
		moveIn("reader", MANAGED_PARK, id, "2022-01-01", null).errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "needs the role"));
		moveIn(this.logins.anonymous(), MANAGED_PARK, id, "2022-01-01", null).errors()
			.satisfy(GraphQlErrors.single(ErrorType.UNAUTHORIZED));
		tenantIds(QIQIHAR_PARK).doesNotContain(id);
		moveIn("admin", QIQIHAR_PARK, id, "2022-01-01", null).errors().verify();
		tenantIds(QIQIHAR_PARK).contains(id);
		// A park manager maintains tenants and nothing else.
		this.logins.as("manager")
			.document(
					"mutation { createPark(input: {name: \"经理的园区\", kind: \"PARK\", regionCode: \"230100\"}) { park { id } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "needs the role"));
	}

	@Test
	void unknownParksEnterprisesAndDocumentsAreNamed() {
		moveIn("admin", "no-such-park", "no-such-enterprise", "2022-01-01", null).errors()
			.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND, "no-such-park"));
		moveIn("admin", MANAGED_PARK, "no-such-enterprise", "2022-01-01", null).errors()
			.satisfy(GraphQlErrors.fields("enterpriseId"));
		String id = enterprise("来源租户公司", "3101004");
		this.logins.as("admin")
			.document(MOVE_IN)
			.variable("input",
					Map.of("parkId", MANAGED_PARK, "enterpriseId", id, "since", "2022-01-01", "source",
							Map.of("documentId", "no-such-document", "clause", "一", "quote", " ")))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.fields("source.documentId", "source.quote"));
		tenantIds(MANAGED_PARK).doesNotContain(id);
	}

	@Test
	void ofConcurrentMoveInsOfOneEnterpriseIntoOneParkExactlyOneIsRecorded() throws Exception {
		String id = enterprise("并发租户公司", "3101005");
		int movers = 5;
		ExecutorService pool = Executors.newFixedThreadPool(movers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<GraphQlTester.Response>> results = new ArrayList<>();
		for (int i = 0; i < movers; i++) {
			String since = "2023-0%d-01".formatted(i + 1);
			results.add(pool.submit(() -> {
				start.await();
				return moveIn("manager", MANAGED_PARK, id, since, null);
			}));
		}
		start.countDown();
		int recorded = 0;
		for (Future<GraphQlTester.Response> result : results) {
			List<Object> fields = new ArrayList<>();
			result.get().errors().satisfy(errors -> errors.forEach(e -> fields.add(e.getExtensions().get("field"))));
			if (fields.isEmpty()) {
				recorded++;
			}
			else {
				assertThat(fields).containsExactly("since");
			}
		}
		pool.shutdown();
		assertThat(recorded).isEqualTo(1);
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { tenancies { since } } }".formatted(id))
			.execute()
			.path("enterprise.tenancies")
			.entityList(Map.class)
			.hasSize(1);
	}

	@Test
	void parksAreCreatedAndChangedWithVersionsAndCheckedFields() {
		this.logins.as("editor")
			.document(
					"mutation { createPark(input: {name: \" \", kind: \"CAMPUS\", status: \"SOON\", regionCode: \"230100\"}) { park { id } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.fields("name", "kind", "status"));
		Map<?, ?> park = this.logins.as("editor")
			.document(
					"mutation { createPark(input: {name: \"测试生物园\", kind: \"PARK\", regionCode: \"230100\"}) { park { id version region { code } } } }")
			.execute()
			.path("createPark.park")
			.entity(Map.class)
			.get();
		assertThat(park.get("version")).isEqualTo(1);
		String update = """
				mutation($input: UpdateParkInput!) { updatePark(input: $input) { park { name status version } } }
				""";
		this.logins.as("editor")
			.document(update)
			.variable("input", Map.of("id", park.get("id"), "version", 1, "status", "PLANNED"))
			.execute()
			.path("updatePark.park")
			.entity(Map.class)
			.isEqualTo(Map.of("name", "测试生物园", "status", "PLANNED", "version", 2));
		this.logins.as("editor")
			.document(update)
			.variable("input", Map.of("id", park.get("id"), "version", 1, "name", "旧版本的名字"))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.classified("CONFLICT"));
		// Moving it out of the editor's regions is refused.
		this.logins.as("editor")
			.document(update)
			.variable("input", Map.of("id", park.get("id"), "version", 2, "regionCode", "230200"))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN));
	}

	private GraphQlTester.Response moveIn(String username, String park, String enterprise, String since, String until) {
		return moveIn(this.logins.as(username), park, enterprise, since, until);
	}

	private GraphQlTester.Response moveIn(GraphQlTester tester, String park, String enterprise, String since,
			String until) {
		Map<String, Object> input = new java.util.HashMap<>(
				Map.of("parkId", park, "enterpriseId", enterprise, "since", since));
		if (until != null) {
			input.put("until", until);
		}
		return tester.document(MOVE_IN).variable("input", input).execute();
	}

	private GraphQlTester.Response moveOut(String username, String park, String enterprise, String until) {
		return this.logins.as(username)
			.document(MOVE_OUT)
			.variable("input", Map.of("parkId", park, "enterpriseId", enterprise, "until", until))
			.execute();
	}

	private org.assertj.core.api.ListAssert<String> tenantIds(String park) {
		List<String> ids = this.logins.anonymous()
			.document("{ park(id: \"%s\") { tenants(first: 100) { edges { node { enterprise { id } } } } } }"
				.formatted(park))
			.execute()
			.path("park.tenants.edges[*].node.enterprise.id")
			.entityList(String.class)
			.get();
		return assertThat(ids);
	}

	private String enterprise(String name, String seed) {
		String uscc = io.industryatlas.enterprise.Uscc.complete("91230100" + (seed + "MA").substring(0, 8));
		return this.logins.as("admin")
			.document(
					"mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { enterprise { id } } }")
			.variable("input", Map.of("name", name, "uscc", uscc, "regionCode", "230100"))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
	}

}
