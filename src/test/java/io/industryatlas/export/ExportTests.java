package io.industryatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.export.Exports.Download;
import io.industryatlas.export.Exports.Table;

import static io.industryatlas.export.Exports.at;
import static io.industryatlas.export.Exports.nodes;
import static io.industryatlas.export.Exports.rows;
import static io.industryatlas.export.Exports.sources;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists of the seed graph exported as CSV and XLSX over HTTP, read back and compared row
 * by row with what the GraphQL API returns for the same list (every page); file names,
 * content types, Chinese headers; every list of the catalogue in both formats; and bad
 * input refused with a plain message and no file.
 */
@AtlasTest
class ExportTests {

	private static final String CHAIN = "straw-cellulosic-ethanol-chain";

	private static final String ETHANOL_LINK = CHAIN + ":cellulosic-fuel-ethanol";

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	private Exports exports;

	@BeforeEach
	void exports() {
		this.exports = new Exports(this.port);
	}

	@Test
	void parksAreTheApisParksInBothFormats() throws Exception {
		Table table = this.exports.both("parks");
		assertThat(table.header()).containsExactly("id", "name", "name_en", "kind", "status", "sample", "region_code",
				"region_name");
		List<Map<String, Object>> parks = nodes(this.graphQl, """
				query ($first: Int, $after: String) {
				  parks(first: $first, after: $after) {
				    edges { node { id name nameEn kind status sample region { code name } } }
				    pageInfo { hasNextPage endCursor }
				  }
				}""", "parks", Map.of());
		assertThat(parks).hasSizeGreaterThan(10);
		assertThat(table.rows()).isEqualTo(rows(parks, p -> list(p.get("id"), p.get("name"), p.get("nameEn"),
				p.get("kind"), p.get("status"), p.get("sample"), at(p, "region.code"), at(p, "region.name"))));
	}

	@Test
	void theFileIsAnAttachmentNamedAfterTheListAndWhatItBelongsTo() throws Exception {
		Download csv = this.exports.get("/export/region-enterprises.csv", "code", "230100");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Type")).isEqualTo("text/csv;charset=UTF-8");
		// 哈尔滨市 in UTF-8, percent-encoded (RFC 5987), and an ASCII name for older clients
		assertThat(csv.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"region-enterprises-230100.csv\"; "
					+ "filename*=UTF-8''region-enterprises-%E5%93%88%E5%B0%94%E6%BB%A8%E5%B8%82.csv");
		Download xlsx = this.exports.get("/export/search.xlsx", "text", "哈药");
		assertThat(xlsx.status()).isEqualTo(200);
		assertThat(xlsx.header("Content-Type"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(xlsx.header("Content-Disposition"))
			.isEqualTo("attachment; filename=\"search.xlsx\"; filename*=UTF-8''search-%E5%93%88%E8%8D%AF.xlsx");
		assertThat(Exports.sheetName(xlsx.body())).isEqualTo("Search results");
	}

	@Test
	void aRegionsEnterprisesAreTheApisInBothFormats() throws Exception {
		Table table = this.exports.both("region-enterprises", "code", "230100");
		List<Map<String, Object>> enterprises = nodes(this.graphQl, """
				query ($code: ID!, $first: Int, $after: String) {
				  region(code: $code) {
				    enterprises(first: $first, after: $after) {
				      edges { node { id name nameEn sample region { code name } } } pageInfo { hasNextPage endCursor }
				    }
				  }
				}""", "region.enterprises", Map.of("code", "230100"));
		assertThat(enterprises).isNotEmpty();
		assertThat(table.header()).containsExactly("id", "name", "name_en", "sample", "region_code", "region_name");
		assertThat(table.rows()).isEqualTo(rows(enterprises, e -> list(e.get("id"), e.get("name"), e.get("nameEn"),
				e.get("sample"), at(e, "region.code"), at(e, "region.name"))));
	}

	@Test
	void aGapsCandidatesAreTheChainViewsWithTheirLink() throws Exception {
		Table table = this.exports.both("chain-candidates", "chain", CHAIN, "region", "230100", "link", ETHANOL_LINK);
		List<String> gaps = this.graphQl
			.document("{ chainGaps(chain: \"%s\", region: \"230100\") { gaps { link { id } } } }".formatted(CHAIN))
			.execute()
			.path("chainGaps.gaps[*].link.id")
			.entityList(String.class)
			.get();
		List<Map<String, Object>> candidates = nodes(this.graphQl, """
				query ($first: Int, $after: String) {
				  chainGaps(chain: "straw-cellulosic-ethanol-chain", region: "230100") {
				    gaps {
				      candidates(first: $first, after: $after) {
				        edges { node { id name region { code } } } pageInfo { hasNextPage endCursor }
				      }
				    }
				  }
				}""", "chainGaps.gaps[%d].candidates".formatted(gaps.indexOf(ETHANOL_LINK)), Map.of());
		assertThat(table.column("enterprise_id")).isEqualTo(candidates.stream().map(c -> c.get("id")).toList())
			.contains("hailun-sdic");
		assertThat(table.column("link_id")).containsOnly(ETHANOL_LINK);
		assertThat(table.column("gap")).containsOnly("true");
		assertThat(table.column("enterprise_region_code"))
			.isEqualTo(candidates.stream().map(c -> at(c, "region.code")).toList());
		// Without the link: every link's candidates, the ethanol link's among them.
		Table all = this.exports.both("chain-candidates", "chain", CHAIN, "region", "230100");
		assertThat(all.rows()).containsAll(table.rows());
		assertThat(all.column("link_id")).contains(ETHANOL_LINK);
	}

	@Test
	void attractionTargetsCarryTheirScoreParts() throws Exception {
		Table table = this.exports.both("attraction-targets", "chain", CHAIN, "region", "230100");
		List<Map<String, Object>> targets = nodes(this.graphQl,
				"""
						query ($first: Int, $after: String) {
						  attractionTargets(chain: "straw-cellulosic-ethanol-chain", region: "230100", first: $first, after: $after) {
						    edges { node { enterprise { id } score scoring { factor points detail } gapLinks { name } incentive { total } } }
						    pageInfo { hasNextPage endCursor }
						  }
						}""",
				"attractionTargets", Map.of());
		assertThat(targets).isNotEmpty();
		assertThat(table.column("enterprise_id")).isEqualTo(targets.stream().map(t -> at(t, "enterprise.id")).toList());
		assertThat(table.column("score")).isEqualTo(targets.stream().map(t -> Exports.norm(t.get("score"))).toList());
		assertThat(table.column("incentive_total"))
			.isEqualTo(targets.stream().map(t -> Exports.norm(at(t, "incentive.total"))).toList());
		for (int i = 0; i < targets.size(); i++) {
			List<?> scoring = (List<?>) targets.get(i).get("scoring");
			List<String> parts = new ArrayList<>();
			for (Object part : scoring) {
				String factor = (String) at(part, "factor");
				String key = switch (factor) {
					case "GAP_COVERAGE" -> "gap_coverage_points";
					case "CHAIN_LEADER" -> "chain_leader_points";
					case "RECOGNITIONS" -> "recognitions_points";
					default -> "document_role_points";
				};
				assertThat(table.column(key).get(i)).isEqualTo(Exports.norm(at(part, "points")));
				parts.add(factor + " +" + at(part, "points") + ": " + at(part, "detail"));
			}
			assertThat(table.column("scoring").get(i)).isEqualTo(String.join("; ", parts));
		}
		assertThat(table.column("enterprise_name")).contains("海伦国投");
	}

	@Test
	void theIncentiveEstimateListsEveryClauseWithItsAmount() throws Exception {
		String[] project = { "region", "230100", "date", "2026-06-01", "kind", "NEW_INDUSTRIALIZATION_PROJECT",
				"construction", "NEW_BUILD", "amount", "fixedAssetInvestment:30000000" };
		Table table = this.exports.both("incentive-estimate", project);
		List<Map<String, Object>> results = listAt(this.graphQl.document("""
				query ($project: ProjectInput!) {
				  incentiveEstimate(project: $project) { results { rule { id source { clause } } amount paid reasons } }
				}""")
			.variable("project",
					Map.of("region", "230100", "date", "2026-06-01", "kinds", List.of("NEW_INDUSTRIALIZATION_PROJECT"),
							"construction", "NEW_BUILD", "amounts",
							List.of(Map.of("name", "fixedAssetInvestment", "value", "30000000"))))
			.execute()
			.path("incentiveEstimate.results")
			.entityList(Map.class)
			.get());
		assertThat(table.rows()).hasSize(results.size()).hasSizeGreaterThan(1);
		assertThat(table.column("rule_id")).isEqualTo(results.stream().map(r -> at(r, "rule.id")).toList());
		assertThat(table.column("amount")).isEqualTo(results.stream().map(r -> Exports.norm(r.get("amount"))).toList());
		assertThat(table.column("reasons"))
			.isEqualTo(results.stream().map(r -> String.join("; ", (List<String>) r.get("reasons"))).toList());
		int six = table.column("clause").indexOf("（六）");
		assertThat(table.column("paid").get(six)).isEqualTo("true");
		assertThat(table.column("amount").get(six)).isEqualTo("6000000");
		assertThat(table.column("quote").get(six)).contains("按照核定固定资产投资的20%给予补助");
		Table eligible = this.exports.both("incentive-estimate", append(project, "eligibleOnly", "true"));
		assertThat(eligible.column("eligible")).isNotEmpty().containsOnly("true");
		Table totals = this.exports.both("incentive-estimate-totals", project);
		assertThat(totals.column("document_id")).contains("hlj-biomanufacturing-measures-2026");
	}

	@Test
	void sourcesAreWrittenAsDocumentAndClause() throws Exception {
		Table table = this.exports.both("cluster-members", "id", "sui-ha-da-qi-biomanufacturing-cluster");
		List<Map<String, Object>> members = listAt(this.graphQl.document("""
				{ cluster(id: "sui-ha-da-qi-biomanufacturing-cluster") {
				    members { region { code } basis source { document { id } clause } } } }""")
			.execute()
			.path("cluster.members")
			.entityList(Map.class)
			.get());
		assertThat(table.column("region_code")).isEqualTo(members.stream().map(m -> at(m, "region.code")).toList());
		assertThat(table.column("source")).isEqualTo(members.stream().map(m -> sources(m.get("source"))).toList())
			.anySatisfy(source -> assertThat(source).matches("[a-z0-9-]+ \\S+"));
		Table park = this.exports.both("park-platforms", "id", "limin-biomedicine-industrial-park");
		assertThat(park.column("name")).contains("蛋白质工程产业中心");
	}

	@Test
	void langZhGivesChineseHeadersAndSheetName() throws Exception {
		Download csv = this.exports.get("/export/parks.csv", "lang", "zh");
		assertThat(Exports.csv(csv.body()).header()).containsExactly("编号", "名称", "英文名称", "类型", "状态", "示例数据", "地区代码",
				"地区");
		Download xlsx = this.exports.get("/export/park-tenants.xlsx", "id", "limin-biomedicine-industrial-park", "lang",
				"zh");
		assertThat(Exports.sheetName(xlsx.body())).isEqualTo("现有入驻企业");
		assertThat(Exports.xlsx(xlsx.body()).header()).startsWith("企业编号", "企业名称").contains("入驻日期", "出处");
		assertThat(Exports.xlsx(xlsx.body()).rows()).isEmpty();
	}

	@Test
	void everyListInTheIndexExportsInBothFormats() throws Exception {
		List<Map<String, Object>> index = listAt(tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(this.exports.get("/export").body(), List.class));
		assertThat(index).hasSizeGreaterThan(30);
		for (Map<String, Object> list : index) {
			String name = (String) list.get("name");
			List<String> arguments = new ArrayList<>();
			for (Object param : (List<?>) list.get("params")) {
				String value = argument(name, (String) at(param, "name"));
				if (value != null) {
					arguments.add((String) at(param, "name"));
					arguments.add(value);
				}
			}
			Table table = this.exports.both(name, arguments.toArray(String[]::new));
			assertThat(table.header()).as(name).isEqualTo(list.get("columns"));
		}
	}

	/** Arguments of the seed graph that every list has rows for. */
	private static String argument(String list, String param) {
		String entity = list.substring(0, list.indexOf('-') + 1);
		return switch (param) {
			case "code" -> "230100";
			case "id" -> switch (entity) {
				case "cluster-" -> "sui-ha-da-qi-biomanufacturing-cluster";
				case "park-" -> "limin-biomedicine-industrial-park";
				case "enterprise-" -> "hailun-sdic";
				case "platform-" -> "hvri-large-animal-p4-biosafety-lab";
				default -> throw new IllegalArgumentException(list);
			};
			case "chain" -> CHAIN;
			case "region" -> "230100";
			case "text" -> "哈药";
			case "date" -> "2026-06-01";
			case "kind" -> list.startsWith("incentive-") ? "NEW_INDUSTRIALIZATION_PROJECT" : null;
			case "amount" -> "fixedAssetInvestment:30000000";
			default -> null;
		};
	}

	@Test
	void badInputIsRefusedWithAPlainMessageAndNoFile() throws Exception {
		refused(404, "No list 'nothing' to export", "/export/nothing.csv");
		refused(404, "Exports are .csv or .xlsx files", "/export/parks.pdf");
		refused(400, "Missing parameter 'code'", "/export/region-parks.csv");
		refused(400, "Unknown parameter 'colour' for the list parks", "/export/parks.csv", "colour", "red");
		refused(400, "'minEnterprises' must be a whole number, got 'many'", "/export/chain-gaps.xlsx", "chain", CHAIN,
				"region", "230100", "minEnterprises", "many");
		refused(400, "'date' must be a date as yyyy-MM-dd, got '1 June'", "/export/attraction-targets.csv", "chain",
				CHAIN, "region", "230100", "date", "1 June");
		refused(400, "'lang' is en (English headers) or zh", "/export/parks.csv", "lang", "fr");
		// The API's own verdicts: an unknown id, both areas at once, a malformed code
		refused(404, "No park with key 'no-such-park'", "/export/park-tenants.csv", "id", "no-such-park");
		refused(404, "No chain with key 'no-such-chain'", "/export/chain-leaders.csv", "chain", "no-such-chain");
		refused(404, "no-such-chain", "/export/chain-links.csv", "chain", "no-such-chain", "region", "230100");
		refused(404, "999999", "/export/region-enterprises.xlsx", "code", "999999");
		refused(400, "Give exactly one of 'region' and 'cluster'", "/export/chain-gaps.csv", "chain", CHAIN, "region",
				"230100", "cluster", "sui-ha-da-qi-biomanufacturing-cluster");
		refused(400, "six digits", "/export/region-parks.csv", "code", "harbin");
		refused(400, "RegionLevel", "/export/regions.csv", "level", "CITY");
	}

	private void refused(int status, String message, String path, String... parameters) throws Exception {
		Download download = this.exports.get(path, parameters);
		assertThat(download.status()).as("%s %s", path, download.text()).isEqualTo(status);
		assertThat(download.header("Content-Type")).isEqualTo("application/problem+json");
		// no file: at most Spring's "inline;filename=f.txt" against reflected file
		// downloads
		assertThat(download.header("Content-Disposition")).satisfiesAnyOf(d -> assertThat(d).isNull(),
				d -> assertThat(d).startsWith("inline"));
		assertThat(download.text()).contains("\"status\":" + status).contains(message);
	}

	@Test
	void csvCellsThatASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
		assertThat(CsvTableWriter.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
		assertThat(CsvTableWriter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvTableWriter.text("+1")).isEqualTo("'+1");
		assertThat(CsvTableWriter.text("利民")).isEqualTo("利民");
		assertThat(CsvTableWriter.text(new java.math.BigDecimal("-5.00"))).isEqualTo("-5.00");
	}

	private static List<Object> list(Object... values) {
		return java.util.Arrays.asList(values);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> listAt(List<?> list) {
		return (List<Map<String, Object>>) list;
	}

	private static String[] append(String[] parameters, String... more) {
		List<String> all = new ArrayList<>(List.of(parameters));
		all.addAll(List.of(more));
		return all.toArray(String[]::new);
	}

}
