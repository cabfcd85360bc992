package io.industryatlas.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing enterprises and tenancies from CSV and XLSX over HTTP: every problem of every
 * row reported and nothing written when there is one, idempotent re-runs, the rules of
 * the mutations, each role's rights, and progress for long files. All data is made up
 * here: names say 导入测试 (import test) and the codes are generated with valid check
 * characters.
 */
@WriteAtlasTest
class ImportTests {

	static final String ENTERPRISE_HEADER = "uscc,name,nameEn,aliases,regionCode";

	/** The test park manager looks after this Harbin park. */
	static final String MANAGED_PARK = "shenzhen-harbin-industrial-park";

	static final String HARBIN_PARK = "harbin-biomedicine-specialized-park";

	static final String QIQIHAR_PARK = "qiqihar-api-amino-acid-production-base";

	static final String INCUBATOR = "harbin-biotech-incubator";

	static final MediaType XLSX = MediaType.parseMediaType(Format.XLSX_TYPE);

	@Autowired
	WebTestClient http;

	@Autowired
	Logins logins;

	@Autowired
	Driver driver;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void aDryRunReportsEveryProblemOfEveryRowAndWritesNothing() {
		String good = code(1);
		String badCheck = failing(code(2));
		byte[] file = csv(ENTERPRISE_HEADER + ",备注", row(good, "导入测试甲公司", "Import Test A", "甲;甲公司", "230100", "note"),
				row(badCheck, " ", "", "", "230100", ""), row(code(3), "导入测试丙公司", "", "丙|公司", "999999", ""),
				row(good, "导入测试甲公司重复", "", "", "230100", ""), row(code(4), "导入测试".repeat(60), "", "", "230100", ""),
				",,,,,", row("", "导入测试无码公司", "", "", "230100", ""));
		Response response = post("admin", "enterprises", "roster.csv", file, true);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).containsEntry("kind", "enterprises")
			.containsEntry("format", "csv")
			.containsEntry("dryRun", true)
			.containsEntry("written", false)
			.containsEntry("rows", 6)
			.containsEntry("created", 1)
			.containsEntry("ignoredColumns", List.of("备注"));
		// Row 7 is blank and skipped, but keeps its number: rows are numbered as the
		// sheet
		// numbers them.
		assertThat(problems(response)).containsExactlyInAnyOrder("3:uscc", "3:name", "4:aliases", "4:regionCode",
				"5:uscc", "6:name", "8:uscc");
		assertThat(messages(response)).anySatisfy(message -> assertThat(message).contains("is also in row 2"))
			.anySatisfy(message -> assertThat(message).contains("the check character"));
		assertThat(enterprisesWithCodes(List.of(good, code(3), code(4)))).isZero();
	}

	@Test
	void aRealRunWhoseThirdOfFiveRowsIsInvalidWritesNothing() {
		List<String> codes = IntStream.rangeClosed(11, 15).mapToObj(ImportTests::code).toList();
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			rows.add(row((i == 2) ? "91230100K00000X" : codes.get(i), "导入测试五行公司" + i, "", "", "230100"));
		}
		long audits = auditRecords("importEnterprises");
		Response response = post("admin", "enterprises", "five.csv", csv(ENTERPRISE_HEADER, rows), false);
		assertThat(response.status()).isEqualTo(422);
		assertThat(response.body()).containsEntry("written", false).containsEntry("dryRun", false);
		assertThat(problems(response)).containsExactly("4:uscc");
		assertThat(enterprisesWithCodes(codes)).isZero();
		assertThat(auditRecords("importEnterprises")).isEqualTo(audits);
	}

	@Test
	@SuppressWarnings("unchecked")
	void aGoodFileImportsAndRunningItAgainChangesNothing() {
		List<String> codes = IntStream.rangeClosed(21, 24).mapToObj(ImportTests::code).toList();
		byte[] file = csv(ENTERPRISE_HEADER,
				row(codes.get(0), "导入测试哈尔滨生物公司", "Import Test Harbin Bio", "哈生物;HTB", "230100"),
				row(codes.get(1), "导入测试巴彦公司", "", "", "230126"),
				row(codes.get(2).toLowerCase(), " 导入测试小写码公司 ", "", "", "230100"),
				row(codes.get(3), "导入测试丁公司", "Import Test D", "", "230100"));
		Response first = post("editor", "enterprises", "good.csv", file, false);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.body()).containsEntry("created", 4)
			.containsEntry("updated", 0)
			.containsEntry("unchanged", 0)
			.containsEntry("written", true)
			.containsEntry("problems", List.of());
		String id = enterpriseId(codes.get(0));
		Map<String, Object> enterprise = this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { name nameEn aliases uscc usccDivision version region { code } } }"
				.formatted(id))
			.execute()
			.path("enterprise")
			.entity(Map.class)
			.get();
		assertThat(enterprise).containsEntry("name", "导入测试哈尔滨生物公司")
			.containsEntry("nameEn", "Import Test Harbin Bio")
			.containsEntry("aliases", List.of("哈生物", "HTB"))
			.containsEntry("uscc", codes.get(0))
			.containsEntry("usccDivision", "230100")
			.containsEntry("version", 1)
			.containsEntry("region", Map.of("code", "230100"));
		assertThat(this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { name } }".formatted(enterpriseId(codes.get(2))))
			.execute()
			.path("enterprise.name")
			.entity(String.class)
			.get()).isEqualTo("导入测试小写码公司");
		Map<String, Object> audit = (Map<String, Object>) this.logins.as("admin")
			.document("{ auditRecords(targetId: \"%s\") { edges { node { actor operation targetKind summary } } } }"
				.formatted(id))
			.execute()
			.path("auditRecords.edges[0].node")
			.entity(Map.class)
			.get();
		assertThat(audit).containsEntry("actor", "editor")
			.containsEntry("operation", "importEnterprises")
			.containsEntry("targetKind", "Enterprise");
		long audits = auditRecords("importEnterprises");

		Response again = post("editor", "enterprises", "good.csv", file, false);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).containsEntry("created", 0)
			.containsEntry("updated", 0)
			.containsEntry("unchanged", 4)
			.containsEntry("written", false);
		assertThat(enterprisesWithCodes(codes)).isEqualTo(4);
		assertThat(auditRecords("importEnterprises")).isEqualTo(audits);
		assertThat(version(codes.get(0))).isEqualTo(1);

		// Changed fields update (and raise the version); columns left out stay as they
		// are.
		byte[] changed = csv("uscc,name,regionCode", row(codes.get(0), "导入测试哈尔滨生物公司", "230126"),
				row(codes.get(1), "导入测试巴彦公司（更名）", "230126"), row(codes.get(2), "导入测试小写码公司", "230100"));
		Response update = post("editor", "enterprises", "changed.csv", changed, false);
		assertThat(update.body()).containsEntry("created", 0)
			.containsEntry("updated", 2)
			.containsEntry("unchanged", 1)
			.containsEntry("written", true);
		assertThat(version(codes.get(0))).isEqualTo(2);
		assertThat(this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { nameEn aliases region { code } } }".formatted(id))
			.execute()
			.path("enterprise")
			.entity(Map.class)
			.get())
			.isEqualTo(Map.of("nameEn", "Import Test Harbin Bio", "aliases", List.of("哈生物", "HTB"), "region",
					Map.of("code", "230126")));
		assertThat(auditRecords("importEnterprises")).isEqualTo(audits + 2);
	}

	@Test
	void theSameDataAsXlsxWithChineseHeadersAndExcelDatesImportsAlike() throws IOException {
		List<String> codes = IntStream.rangeClosed(31, 33).mapToObj(ImportTests::code).toList();
		byte[] workbook = xlsx(List.of("统一社会信用代码", "企业名称", "英文名称", "别名", "行政区划代码"),
				List.of(List.of(codes.get(0), "导入测试表格甲公司", "Import Test Sheet A", "表格甲", 230100),
						List.of(codes.get(1), "导入测试表格乙公司", "", "", 230126),
						List.of(codes.get(2), "导入测试表格丙公司", "", "", "230100")));
		Response response = post("admin", "enterprises", "名册.xlsx", workbook, false);
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).containsEntry("format", "xlsx")
			.containsEntry("rows", 3)
			.containsEntry("created", 3)
			.containsEntry("written", true);
		assertThat(enterprisesWithCodes(codes)).isEqualTo(3);
		// The same roster as CSV finds nothing to change.
		byte[] same = csv(ENTERPRISE_HEADER, row(codes.get(0), "导入测试表格甲公司", "Import Test Sheet A", "表格甲", "230100"),
				row(codes.get(1), "导入测试表格乙公司", "", "", "230126"), row(codes.get(2), "导入测试表格丙公司", "", "", "230100"));
		assertThat(post("admin", "enterprises", "roster.csv", same, false).body()).containsEntry("unchanged", 3)
			.containsEntry("written", false);

		// Tenancies with real Excel date cells; an until before its since is named.
		byte[] tenancies = xlsx(List.of("统一社会信用代码", "园区编号", "入驻日期", "迁出日期"),
				List.of(List.of(codes.get(0), HARBIN_PARK, LocalDate.of(2020, 5, 1), LocalDate.of(2022, 4, 30)),
						List.of(codes.get(1), HARBIN_PARK, LocalDate.of(2021, 1, 4), ""),
						List.of(codes.get(2), HARBIN_PARK, "2023-02-01", LocalDate.of(2023, 1, 31))));
		Response refused = post("admin", "tenancies", "tenancies.xlsx", tenancies, false);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(problems(refused)).containsExactly("4:until");
		assertThat(messages(refused)).singleElement()
			.asString()
			.contains("2023-01-31 is before the move-in on 2023-02-01");
		byte[] fixed = xlsx(List.of("统一社会信用代码", "园区编号", "入驻日期", "迁出日期"),
				List.of(List.of(codes.get(0), HARBIN_PARK, LocalDate.of(2020, 5, 1), LocalDate.of(2022, 4, 30)),
						List.of(codes.get(1), HARBIN_PARK, LocalDate.of(2021, 1, 4), "")));
		assertThat(post("admin", "tenancies", "tenancies.xlsx", fixed, false).body()).containsEntry("created", 2)
			.containsEntry("written", true);
		assertThat(tenancies(codes.get(0))).containsExactly(HARBIN_PARK + " 2020-05-01..2022-04-30");
		assertThat(tenancies(codes.get(1))).containsExactly(HARBIN_PARK + " 2021-01-04..");
	}

	@Test
	void tenanciesAreAddedClosedAndNeverOverlap() {
		String a = code(41);
		String b = code(42);
		post("admin", "enterprises", "two.csv",
				csv(ENTERPRISE_HEADER, row(a, "导入测试租户甲", "", "", "230100"), row(b, "导入测试租户乙", "", "", "230100")),
				false);
		byte[] moveIn = csv("uscc,parkId,since,until", row(a, HARBIN_PARK, "2021-03-01", ""),
				row(a, INCUBATOR, "2018-01-01", "2019-12-31"), row(b, HARBIN_PARK, "2022-06-01", ""));
		assertThat(post("editor", "tenancies", "in.csv", moveIn, false).body()).containsEntry("created", 3)
			.containsEntry("written", true);
		long audits = auditRecords("importTenancies");
		assertThat(post("editor", "tenancies", "in.csv", moveIn, false).body()).containsEntry("unchanged", 3)
			.containsEntry("created", 0)
			.containsEntry("written", false);
		assertThat(auditRecords("importTenancies")).isEqualTo(audits);

		// A closes its open stay and moves in again later: no overlap once closed.
		byte[] moves = csv("uscc,parkId,since,until", row(a, HARBIN_PARK, "2021-03-01", "2024-06-30"),
				row(a, HARBIN_PARK, "2025-01-15", ""), row(b, HARBIN_PARK, "2022-06-01", ""));
		Response moved = post("editor", "tenancies", "moves.csv", moves, false);
		assertThat(moved.body()).containsEntry("updated", 1)
			.containsEntry("created", 1)
			.containsEntry("unchanged", 1)
			.containsEntry("written", true);
		assertThat(tenancies(a)).containsExactlyInAnyOrder(HARBIN_PARK + " 2021-03-01..2024-06-30",
				HARBIN_PARK + " 2025-01-15..", INCUBATOR + " 2018-01-01..2019-12-31");
		assertThat(auditRecords("importTenancies")).isEqualTo(audits + 2);

		// Overlaps with the atlas and within the file, bad dates, unknown codes and
		// parks.
		byte[] bad = csv("uscc,parkId,since,until", row(a, HARBIN_PARK, "2024-01-01", "2024-12-31"),
				row(b, INCUBATOR, "2020-01-01", "2020-12-31"), row(b, INCUBATOR, "2020-06-01", ""),
				row(b, QIQIHAR_PARK, "2021/03/01", ""), row(code(49), HARBIN_PARK, "2021-03-01", ""),
				row(b, "no-such-park", "2021-03-01", ""), row(a, INCUBATOR, "2020-01-01", "2019-12-31"),
				row("", "", "", ""));
		Response refused = post("admin", "tenancies", "bad.csv", bad, false);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(problems(refused)).containsExactly("2:since", "4:since", "5:since", "6:uscc", "7:parkId", "8:until");
		assertThat(messages(refused))
			.anySatisfy(message -> assertThat(message)
				.contains("导入测试租户甲 already has a tenancy in this park from 2021-03-01 to 2024-06-30"))
			.anySatisfy(message -> assertThat(message).contains("in row 3"))
			.anySatisfy(message -> assertThat(message).contains("import or register it first"));
		assertThat(tenancies(b)).containsExactly(HARBIN_PARK + " 2022-06-01..");
		// A dry run of the same file says the same, with 200.
		Response dry = post("admin", "tenancies", "bad.csv", bad, true);
		assertThat(dry.status()).isEqualTo(200);
		assertThat(problems(dry)).isEqualTo(problems(refused));
	}

	@Test
	void aCodeAnAdministratorKeptAsAnExceptionPassesForItsEnterpriseOnly() {
		String failing = failing(code(91));
		this.logins.as("admin")
			.document(
					"""
							mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { enterprise { id } } }
							""")
			.variable("input",
					Map.of("name", "导入测试例外公司", "uscc", failing, "regionCode", "230100", "usccException",
							"Import test: a code kept as issued, checked against the licence."))
			.execute()
			.errors()
			.verify();
		Response response = post("editor", "enterprises", "exception.csv",
				csv(ENTERPRISE_HEADER, row(failing, "导入测试例外公司", "Import Test Exception", "", "230100"),
						row(failing(code(92)), "导入测试无例外公司", "", "", "230100")),
				true);
		assertThat(problems(response)).containsExactly("3:uscc");
		assertThat(response.body()).containsEntry("updated", 1);
	}

	@Test
	void eachRoleImportsOnlyWhatItMay() {
		String harbin = code(51);
		byte[] enterprises = csv(ENTERPRISE_HEADER, row(harbin, "导入测试权限公司", "", "", "230100"),
				row(code(52), "导入测试齐齐哈尔公司", "", "", "230200"));
		assertThat(post(null, "enterprises", "r.csv", enterprises, true).status()).isEqualTo(401);
		assertThat(post(null, "tenancies", "r.csv", enterprises, true).status()).isEqualTo(401);
		Response reader = post("reader", "enterprises", "r.csv", enterprises, true);
		assertThat(reader.status()).isEqualTo(403);
		assertThat(reader.body().get("detail").toString()).contains("needs the role");
		assertThat(post("manager", "enterprises", "r.csv", enterprises, true).status()).isEqualTo(403);
		assertThat(post("reader", "tenancies", "r.csv", enterprises, true).status()).isEqualTo(403);
		// Refused before anything streams: a plain status, also for a client asking for
		// progress.
		request("reader", "enterprises", "r.csv", enterprises, true).accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isForbidden();
		// An editor's row outside its regions is a problem of that row: nothing is
		// written.
		Response editor = post("editor", "enterprises", "r.csv", enterprises, false);
		assertThat(editor.status()).isEqualTo(422);
		assertThat(problems(editor)).containsExactly("3:regionCode");
		assertThat(messages(editor)).singleElement().asString().contains("may not change enterprises in region 230200");
		assertThat(enterprisesWithCodes(List.of(harbin, code(52)))).isZero();
		assertThat(post("admin", "enterprises", "r.csv", enterprises, false).body()).containsEntry("created", 2);

		// A park manager imports the tenants of its park, and of no other.
		Response managed = post("manager", "tenancies", "t.csv",
				csv("uscc,parkId,since", row(harbin, MANAGED_PARK, "2022-01-01")), false);
		assertThat(managed.status()).isEqualTo(200);
		assertThat(managed.body()).containsEntry("created", 1).containsEntry("written", true);
		Response other = post("manager", "tenancies", "t.csv",
				csv("uscc,parkId,since", row(harbin, HARBIN_PARK, "2022-01-01")), false);
		assertThat(other.status()).isEqualTo(422);
		assertThat(problems(other)).containsExactly("2:parkId");
		assertThat(messages(other)).singleElement()
			.asString()
			.contains("may not change the tenants of park " + HARBIN_PARK);
		// An editor: the parks in its regions only.
		assertThat(problems(post("editor", "tenancies", "t.csv",
				csv("uscc,parkId,since", row(code(52), QIQIHAR_PARK, "2022-01-01")), true)))
			.containsExactly("2:parkId");
	}

	@Test
	void filesThatAreNoRostersAreRefusedClearly() {
		byte[] roster = csv(ENTERPRISE_HEADER, row(code(61), "导入测试格式公司", "", "", "230100"));
		Response pdf = post("admin", "enterprises", "roster.pdf", roster, true);
		assertThat(pdf.status()).isEqualTo(415);
		assertThat(pdf.body().get("detail").toString()).contains("neither CSV (.csv) nor an Excel workbook (.xlsx)");
		Response xls = post("admin", "enterprises", "roster.xls", roster, true);
		assertThat(xls.status()).isEqualTo(415);
		assertThat(xls.body().get("detail").toString()).contains(".xls").contains("save it as .xlsx");
		assertThat(post("admin", "enterprises", "roster.xlsx", roster, true).status()).isEqualTo(415);
		assertThat(post("admin", "nothing", "roster.csv", roster, true).status()).isEqualTo(404);
		Response header = post("admin", "enterprises", "roster.csv", csv("uscc,名称", row(code(61), "导入测试格式公司")), true);
		assertThat(problems(header)).containsExactly("1:regionCode");
		assertThat(messages(header)).singleElement().asString().contains("'行政区划代码'");
		Response broken = post("admin", "enterprises", "broken.csv",
				csv(ENTERPRISE_HEADER, row(code(61), "导入测试格式公司", "", "", "230100"), "\"unclosed,a,b,c,230100"), true);
		assertThat(broken.body().get("problemCount")).isEqualTo(1);
		assertThat(problems(broken)).containsExactly("3:null");
		// Excel's Chinese editions save CSV in GB18030: read as such.
		Response gb = post("admin", "enterprises", "gb.csv",
				("统一社会信用代码,企业名称,行政区划代码\n" + code(62) + ",导入测试国标编码公司,230100\n").getBytes(Charset.forName("GB18030")),
				false);
		assertThat(gb.body()).containsEntry("created", 1).containsEntry("problems", List.of());
		assertThat(this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { name } }".formatted(enterpriseId(code(62))))
			.execute()
			.path("enterprise.name")
			.entity(String.class)
			.get()).isEqualTo("导入测试国标编码公司");
	}

	@Test
	void aFileOfThousandsOfRowsImportsInOneRunAndShowsItsProgress() {
		// -Dimport.rows=50000 for a real measure.
		int count = Integer.getInteger("import.rows", 3000);
		List<String> rows = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			codes.add(code(10_000 + i));
			rows.add(row(codes.get(i), "导入测试批量企业%04d".formatted(i), "Import Test Bulk %04d".formatted(i),
					"批量%d".formatted(i), (i % 2 == 0) ? "230100" : "230126"));
		}
		byte[] file = csv(ENTERPRISE_HEADER, rows);
		long start = System.nanoTime();
		List<Map<String, Object>> lines = postStreamed("editor", "enterprises", "bulk.csv", file, false);
		long millis = (System.nanoTime() - start) / 1_000_000;
		Map<String, Object> last = lines.get(lines.size() - 1);
		assertThat(last).containsEntry("phase", "done").containsEntry("status", 200);
		@SuppressWarnings("unchecked")
		Map<String, Object> report = (Map<String, Object>) last.get("report");
		assertThat(report).containsEntry("rows", count).containsEntry("created", count).containsEntry("written", true);
		List<Map<String, Object>> progress = lines.subList(0, lines.size() - 1);
		for (String phase : List.of("reading", "validating", "writing")) {
			List<Integer> done = progress.stream()
				.filter(line -> phase.equals(line.get("phase")))
				.map(line -> (Integer) line.get("row"))
				.toList();
			assertThat(done).as(phase).hasSizeGreaterThanOrEqualTo(3).isSorted().endsWith(count);
		}
		assertThat(progress).filteredOn(line -> "validating".equals(line.get("phase")))
			.allSatisfy(line -> assertThat(line).containsEntry("of", count));
		assertThat(enterprisesWithCodes(codes)).isEqualTo(count);
		System.out.printf("Imported %d enterprises in one run in %d ms (%.0f rows/s), %d progress lines%n", count,
				millis, count * 1000.0 / millis, progress.size());

		start = System.nanoTime();
		Response again = post("editor", "enterprises", "bulk.csv", file, false);
		millis = (System.nanoTime() - start) / 1_000_000;
		assertThat(again.body()).containsEntry("unchanged", count).containsEntry("written", false);
		System.out.printf("Re-ran it (all unchanged) in %d ms (%.0f rows/s)%n", millis, count * 1000.0 / millis);
	}

	@Test
	void ofTwoRunsOfOneNewRosterAtOnceOneWritesAndTheOtherNothing() throws Exception {
		List<String> codes = IntStream.rangeClosed(71, 80).mapToObj(ImportTests::code).toList();
		byte[] file = csv(ENTERPRISE_HEADER,
				codes.stream().map(code -> row(code, "导入测试并发公司" + code.substring(9, 16), "", "", "230100")).toList());
		long audits = auditRecords("importEnterprises");
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Response>> runs = new ArrayList<>();
		for (String user : List.of("admin", "editor")) {
			runs.add(pool.submit(() -> {
				start.await();
				return post(user, "enterprises", "same.csv", file, false);
			}));
		}
		start.countDown();
		List<Response> responses = new ArrayList<>();
		for (Future<Response> run : runs) {
			responses.add(run.get());
		}
		pool.shutdown();
		// The second either waited and collided with the first's codes (409), or came
		// after
		// it and found nothing to change.
		assertThat(responses).filteredOn(response -> Boolean.TRUE.equals(response.body().get("written"))).hasSize(1);
		assertThat(responses).filteredOn(response -> !Boolean.TRUE.equals(response.body().get("written")))
			.singleElement()
			.satisfies(response -> assertThat(response.status() == 409
					|| (response.status() == 200 && Integer.valueOf(10).equals(response.body().get("unchanged"))))
				.as("%s", response)
				.isTrue());
		assertThat(enterprisesWithCodes(codes)).isEqualTo(10);
		assertThat(auditRecords("importEnterprises")).isEqualTo(audits + 10);
	}

	@Test
	void anImportWaitsForAnotherWriterOfOneOfItsCodesAndThenUpdatesWhatItWrote() {
		List<String> codes = IntStream.rangeClosed(81, 83).mapToObj(ImportTests::code).toList();
		byte[] file = csv(ENTERPRISE_HEADER,
				codes.stream().map(code -> row(code, "导入测试并发登记公司" + code.substring(9, 16), "", "", "230100")).toList());
		long audits = auditRecords("importEnterprises");
		// Another writer registers the second code and has not committed yet.
		try (Session session = this.driver.session(); Transaction other = session.beginTransaction()) {
			other.run("""
					MATCH (r:Region {code: '230100'})
					CREATE (:Enterprise {id: 'e-import-test-other', uscc: $uscc, name: '导入测试抢先公司', version: 1})
					       -[:LOCATED_IN]->(r)
					""", Map.of("uscc", codes.get(1))).consume();
			List<String> lines = request("admin", "enterprises", "late.csv", file, false)
				.accept(MediaType.APPLICATION_NDJSON)
				.exchange()
				.expectStatus()
				.isOk()
				.returnResult(String.class)
				.getResponseBody()
				.doOnNext(line -> {
					// Progress arrives while the import runs, which waits for the other
					// writer
					// to finish before it looks the code up.
					if (line.contains("\"reading\"") && other.isOpen()) {
						other.commit();
					}
				})
				.collectList()
				.block(java.time.Duration.ofSeconds(60));
			assertThat(lines).first().asString().contains("\"phase\":\"reading\"");
			assertThat(lines).last()
				.asString()
				.contains("\"phase\":\"done\"")
				.contains("\"created\":2")
				.contains("\"updated\":1");
		}
		assertThat(enterprisesWithCodes(codes)).isEqualTo(3);
		assertThat(auditRecords("importEnterprises")).isEqualTo(audits + 3);
		assertThat(this.logins.anonymous()
			.document("{ enterprise(id: \"e-import-test-other\") { name version } }")
			.execute()
			.path("enterprise")
			.entity(Map.class)
			.get()).isEqualTo(Map.of("name", "导入测试并发登记公司" + codes.get(1).substring(9, 16), "version", 2));
	}

	/** {@code code} with a check character that fails. */
	static String failing(String code) {
		return code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
	}

	/** A valid code registered in Harbin whose organisation code is K and {@code n}. */
	static String code(int n) {
		return Uscc.complete("91230100K%07d".formatted(n));
	}

	private static String row(String... cells) {
		return Arrays.stream(cells)
			.map(cell -> cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell)
			.collect(Collectors.joining(","));
	}

	private static byte[] csv(String header, String... rows) {
		return csv(header, List.of(rows));
	}

	private static byte[] csv(String header, List<String> rows) {
		return (header + "\r\n" + String.join("\r\n", rows) + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] xlsx(List<String> header, List<List<Object>> rows) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "ImportTests", "1.0");
		Worksheet sheet = workbook.newWorksheet("名册");
		for (int c = 0; c < header.size(); c++) {
			sheet.value(0, c, header.get(c));
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < rows.get(r).size(); c++) {
				Object value = rows.get(r).get(c);
				if (value instanceof LocalDate date) {
					sheet.value(r + 1, c, date);
					sheet.style(r + 1, c).format("yyyy-mm-dd").set();
				}
				else if (value instanceof Number number) {
					sheet.value(r + 1, c, number);
				}
				else if (!value.toString().isEmpty()) {
					sheet.value(r + 1, c, value.toString());
				}
			}
		}
		workbook.finish();
		return out.toByteArray();
	}

	private Response post(@Nullable String username, String kind, String filename, byte[] content, boolean dryRun) {
		EntityExchangeResult<String> result = request(username, kind, filename, content, dryRun)
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.exchange()
			.expectBody(String.class)
			.returnResult();
		String body = result.getResponseBody();
		@SuppressWarnings("unchecked")
		Map<String, Object> map = (body != null && body.startsWith("{")) ? this.json.readValue(body, Map.class)
				: Map.of();
		return new Response(result.getStatus().value(), map);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> postStreamed(String username, String kind, String filename, byte[] content,
			boolean dryRun) {
		String body = request(username, kind, filename, content, dryRun).accept(MediaType.APPLICATION_NDJSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_NDJSON)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		List<Map<String, Object>> lines = new ArrayList<>();
		for (String line : body.split("\n")) {
			lines.add(this.json.readValue(line, Map.class));
		}
		return lines;
	}

	private WebTestClient.RequestBodySpec request(@Nullable String username, String kind, String filename,
			byte[] content, boolean dryRun) {
		MultipartBodyBuilder parts = new MultipartBodyBuilder();
		MediaType type = filename.endsWith(".xlsx") ? XLSX
				: filename.endsWith(".csv") ? MediaType.parseMediaType("text/csv") : MediaType.APPLICATION_OCTET_STREAM;
		parts.part("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		}).contentType(type);
		WebTestClient.RequestBodySpec request = this.http.post()
			.uri("/import/{kind}?dryRun={dryRun}", kind, dryRun)
			.headers(headers -> {
				if (username != null) {
					headers.setBasicAuth(username, username + "-pass");
				}
			});
		request.body(BodyInserters.fromMultipartData(parts.build()));
		return request;
	}

	@SuppressWarnings("unchecked")
	private static List<String> problems(Response response) {
		return ((List<Map<String, Object>>) response.body().get("problems")).stream()
			.map(problem -> problem.get("row") + ":" + problem.get("column"))
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> messages(Response response) {
		return ((List<Map<String, Object>>) response.body().get("problems")).stream()
			.map(problem -> problem.get("message").toString())
			.toList();
	}

	private long enterprisesWithCodes(List<String> codes) {
		return this.driver.executableQuery("MATCH (e:Enterprise) WHERE e.uscc IN $codes RETURN count(e) AS n")
			.withParameters(Map.of("codes", codes))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	private String enterpriseId(String uscc) {
		return this.driver.executableQuery("MATCH (e:Enterprise {uscc: $uscc}) RETURN e.id AS id")
			.withParameters(Map.of("uscc", uscc))
			.execute()
			.records()
			.get(0)
			.get("id")
			.asString();
	}

	private long version(String uscc) {
		return this.driver.executableQuery("MATCH (e:Enterprise {uscc: $uscc}) RETURN e.version AS v")
			.withParameters(Map.of("uscc", uscc))
			.execute()
			.records()
			.get(0)
			.get("v")
			.asLong();
	}

	private long auditRecords(String operation) {
		return this.driver.executableQuery("MATCH (a:AuditRecord {operation: $operation}) RETURN count(a) AS n")
			.withParameters(Map.of("operation", operation))
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
	}

	/** An enterprise's tenancies as "park since..until". */
	private List<String> tenancies(String uscc) {
		return this.driver.executableQuery("""
				MATCH (:Enterprise {uscc: $uscc})-[t:TENANT_OF]->(p:Park)
				RETURN p.id + ' ' + toString(t.since) + '..' + coalesce(toString(t.until), '') AS t
				""")
			.withParameters(Map.of("uscc", uscc))
			.execute()
			.records()
			.stream()
			.map(record -> record.get("t").asString())
			.toList();
	}

	record Response(int status, Map<String, Object> body) {

	}

}
