package io.industryatlas.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of write keeps the stored counts of local enterprises exact, in its own
 * transaction: after each, the stored counts, the gaps and the attraction targets equal a
 * count from scratch; concurrent moves into one region lose no update.
 */
@WriteAtlasTest
class CoverageCountWriteTests {

	private static final String CHAIN = "straw-cellulosic-ethanol-chain";

	private static final String FEEDSTOCK = CHAIN + ":straw-feedstock";

	private static final String PRETREATMENT = CHAIN + ":green-pretreatment";

	private static final String ENZYMES = CHAIN + ":onsite-enzyme-production";

	private static final String HARBIN = "230100";

	private static final String QIQIHAR = "230200";

	private static final String SUIHUA = "231200";

	private static final String SUI_HA_DA_QI = "sui-ha-da-qi-biomanufacturing-cluster";

	/** In Harbin (230100). */
	private static final String HARBIN_PARK = "harbin-biomedicine-specialized-park";

	@Autowired
	Logins logins;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void registeringChangingRegionAndSettingLinksKeepTheCountsExact() {
		int harbin = local(FEEDSTOCK, HARBIN, null);
		int qiqihar = local(FEEDSTOCK, QIQIHAR, null);
		int cluster = local(FEEDSTOCK, null, SUI_HA_DA_QI);
		String id = register("计数登记公司", "5101001", QIQIHAR);
		assertExact();
		setLinks(id, List.of(FEEDSTOCK, PRETREATMENT));
		assertExact();
		assertThat(local(FEEDSTOCK, QIQIHAR, null)).isEqualTo(qiqihar + 1);
		assertThat(local(FEEDSTOCK, null, SUI_HA_DA_QI)).isEqualTo(cluster + 1);
		update(id, Map.of("regionCode", HARBIN));
		assertExact();
		assertThat(local(FEEDSTOCK, QIQIHAR, null)).isEqualTo(qiqihar);
		assertThat(local(FEEDSTOCK, HARBIN, null)).isEqualTo(harbin + 1);
		// A change that does not move it leaves the counts.
		update(id, Map.of("name", "计数登记公司（更名）"));
		assertExact();
		setLinks(id, List.of(PRETREATMENT, ENZYMES));
		assertExact();
		assertThat(local(FEEDSTOCK, HARBIN, null)).isEqualTo(harbin);
		setLinks(id, List.of());
		assertExact();
	}

	@Test
	void movingInAndOutAndMovingTheParkKeepTheCountsExact() {
		String id = register("计数租户公司", "5101002", SUIHUA);
		setLinks(id, List.of(ENZYMES));
		int harbin = local(ENZYMES, HARBIN, null);
		int suihua = local(ENZYMES, SUIHUA, null);
		move("moveTenantIn", Map.of("parkId", HARBIN_PARK, "enterpriseId", id, "since", "2024-01-01"));
		assertExact();
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin + 1);
		assertThat(local(ENZYMES, SUIHUA, null)).isEqualTo(suihua);
		move("moveTenantOut", Map.of("parkId", HARBIN_PARK, "enterpriseId", id, "until", "2025-01-01"));
		assertExact();
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin);
		// A stay in the past makes it local nowhere new.
		move("moveTenantIn",
				Map.of("parkId", HARBIN_PARK, "enterpriseId", id, "since", "2020-01-01", "until", "2020-12-31"));
		assertExact();
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin);
		// Its current tenants follow a park that moves.
		String park = this.logins.as("admin")
			.document("mutation { createPark(input: {name: \"计数测试园\", kind: \"PARK\", regionCode: \"230100\"}) "
					+ "{ park { id } } }")
			.execute()
			.path("createPark.park.id")
			.entity(String.class)
			.get();
		move("moveTenantIn", Map.of("parkId", park, "enterpriseId", id, "since", "2025-06-01"));
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin + 1);
		int qiqihar = local(ENZYMES, QIQIHAR, null);
		this.logins.as("admin")
			.document("mutation($input: UpdateParkInput!) { updatePark(input: $input) { park { version } } }")
			.variable("input", Map.of("id", park, "version", 1, "regionCode", QIQIHAR))
			.execute()
			.errors()
			.verify();
		assertExact();
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin);
		assertThat(local(ENZYMES, QIQIHAR, null)).isEqualTo(qiqihar + 1);
	}

	@Test
	void importsKeepTheCountsExact() throws Exception {
		String uscc = Uscc.complete("91230100" + ("5101009" + "MA").substring(0, 8));
		String id = this.logins.as("admin")
			.document(
					"mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { enterprise { id } } }")
			.variable("input", Map.of("name", "导入计数公司", "uscc", uscc, "regionCode", SUIHUA))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
		setLinks(id, List.of(ENZYMES));
		int harbin = local(ENZYMES, HARBIN, null);
		int qiqihar = local(ENZYMES, QIQIHAR, null);
		int suihua = local(ENZYMES, SUIHUA, null);
		assertThat(importCsv("tenancies", "uscc,parkId,since\n%s,%s,2024-03-01\n".formatted(uscc, HARBIN_PARK)))
			.isEqualTo(200);
		assertExact();
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin + 1);
		assertThat(importCsv("enterprises", "uscc,name,regionCode\n%s,导入计数公司,%s\n".formatted(uscc, QIQIHAR)))
			.isEqualTo(200);
		assertExact();
		assertThat(local(ENZYMES, SUIHUA, null)).isEqualTo(suihua - 1);
		assertThat(local(ENZYMES, QIQIHAR, null)).isEqualTo(qiqihar + 1);
		assertThat(local(ENZYMES, HARBIN, null)).isEqualTo(harbin + 1);
	}

	/** A real (not dry) import of a CSV file as the administrator; the HTTP status. */
	private int importCsv(String kind, String csv) throws Exception {
		String boundary = "----atlas-test-boundary";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"rows.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/import/" + kind + "?dryRun=false"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Authorization",
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString("admin:admin-pass".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8))
			.build();
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).as("import report").contains("\"written\":true");
		return response.statusCode();
	}

	@Test
	void concurrentMovesIntoOneRegionLoseNoUpdate() throws Exception {
		int movers = 6;
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < movers; i++) {
			String id = register("计数并发公司" + i, "510110" + i, QIQIHAR);
			setLinks(id, List.of(PRETREATMENT));
			ids.add(id);
		}
		String[] parks = { HARBIN_PARK, "harbin-biotech-incubator" };
		int harbin = local(PRETREATMENT, HARBIN, null);
		int province = local(PRETREATMENT, "230000", null);
		ExecutorService pool = Executors.newFixedThreadPool(movers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<GraphQlTester.Response>> results = new ArrayList<>();
		for (int i = 0; i < movers; i++) {
			Map<String, Object> input = Map.of("parkId", parks[i % parks.length], "enterpriseId", ids.get(i), "since",
					"2025-03-01");
			results.add(pool.submit(() -> {
				start.await();
				return moveIn(input);
			}));
		}
		start.countDown();
		for (Future<GraphQlTester.Response> result : results) {
			result.get().errors().verify();
		}
		pool.shutdown();
		assertExact();
		assertThat(local(PRETREATMENT, HARBIN, null)).isEqualTo(harbin + movers);
		// They were local to the province already, in Qiqihar.
		assertThat(local(PRETREATMENT, "230000", null)).isEqualTo(province);
	}

	/**
	 * The stored counts equal a count from scratch for every (link, area), and the gaps
	 * and targets of the chain in the areas the tests touch answer as counting would.
	 */
	private void assertExact() {
		assertThat(LocalCounts.mismatches(this.driver)).isEmpty();
		for (String region : List.of("230000", HARBIN, QIQIHAR, SUIHUA)) {
			assertThat(gaps(region, null)).as(region).isEqualTo(LocalCounts.gaps(this.driver, CHAIN, region, null));
			assertThat(CoverageCountsTests.targets(this.graphQl, CHAIN, region, null)).as(region)
				.isEqualTo(LocalCounts.targets(this.driver, CHAIN, region, null));
		}
		assertThat(gaps(null, SUI_HA_DA_QI)).isEqualTo(LocalCounts.gaps(this.driver, CHAIN, null, SUI_HA_DA_QI));
		assertThat(CoverageCountsTests.targets(this.graphQl, CHAIN, null, SUI_HA_DA_QI))
			.isEqualTo(LocalCounts.targets(this.driver, CHAIN, null, SUI_HA_DA_QI));
	}

	/** Local enterprises on a link of the chain, as the gaps query answers. */
	private int local(String link, String region, String cluster) {
		return gaps(region, cluster).get(link);
	}

	private Map<String, Integer> gaps(String region, String cluster) {
		List<Map<String, Object>> links = this.graphQl.document("""
				query($region: ID, $cluster: ID) {
				  chainGaps(chain: "straw-cellulosic-ethanol-chain", region: $region, cluster: $cluster) {
				    links { link { id } localEnterprises }
				  }
				}
				""")
			.variable("region", region)
			.variable("cluster", cluster)
			.execute()
			.path("chainGaps.links")
			.entityList(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {
			})
			.get();
		Map<String, Integer> result = new java.util.LinkedHashMap<>();
		for (Map<String, Object> link : links) {
			result.put((String) ((Map<?, ?>) link.get("link")).get("id"), (Integer) link.get("localEnterprises"));
		}
		return result;
	}

	private String register(String name, String seed, String region) {
		return this.logins.as("admin")
			.document(
					"mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { enterprise { id } } }")
			.variable("input",
					Map.of("name", name, "uscc", Uscc.complete("91230100" + (seed + "MA").substring(0, 8)),
							"regionCode", region))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
	}

	private int version(String id) {
		return this.graphQl.document("{ enterprise(id: \"%s\") { version } }".formatted(id))
			.execute()
			.path("enterprise.version")
			.entity(Integer.class)
			.get();
	}

	private void setLinks(String id, List<String> links) {
		this.logins.as("admin")
			.document("""
					mutation($input: SetEnterpriseChainLinksInput!) {
					  setEnterpriseChainLinks(input: $input) { enterprise { id } }
					}
					""")
			.variable("input", Map.of("enterpriseId", id, "version", version(id), "linkIds", links))
			.execute()
			.errors()
			.verify();
	}

	private void update(String id, Map<String, Object> fields) {
		Map<String, Object> input = new HashMap<>(fields);
		input.put("id", id);
		input.put("version", version(id));
		this.logins.as("admin")
			.document(
					"mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) { enterprise { id } } }")
			.variable("input", input)
			.execute()
			.errors()
			.verify();
	}

	private void move(String mutation, Map<String, Object> input) {
		this.logins.as("admin")
			.document("mutation($input: %sInput!) { %s(input: $input) { tenancy { since } } }"
				.formatted(Character.toUpperCase(mutation.charAt(0)) + mutation.substring(1), mutation))
			.variable("input", input)
			.execute()
			.errors()
			.verify();
	}

	private GraphQlTester.Response moveIn(Map<String, Object> input) {
		return this.logins.as("admin")
			.document("mutation($input: MoveTenantInInput!) { moveTenantIn(input: $input) { tenancy { since } } }")
			.variable("input", input)
			.execute();
	}

}
