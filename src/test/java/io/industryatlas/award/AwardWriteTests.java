package io.industryatlas.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.GraphQlTester;

import io.industryatlas.GraphQlErrors;
import io.industryatlas.Logins;
import io.industryatlas.WriteAtlasTest;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Award history is append-only: corrections supersede, every field is checked, and
 * platforms are created and changed like parks.
 */
@WriteAtlasTest
class AwardWriteTests {

	static final String RECORD = """
			mutation($input: RecordAwardInput!) {
			  recordAward(input: $input) { award { id title level awardedOn year supersedes supersededBy grantedUnder
			                                       note sources { clause document { id } } } }
			}
			""";

	@Autowired
	Logins logins;

	@Test
	void aCorrectionSupersedesTheOldEntryWhichStaysInTheHistory() {
		String holder = enterprise("奖项历史公司", "4101001");
		String first = record("editor",
				Map.of("holderId", holder, "title", "专精特新中小企业", "level", "PROVINCIAL", "awardedOn", "2023-05-10",
						"source",
						Map.of("documentId", "hlj-biomanufacturing-measures-2026", "clause", "一", "quote", "示例引文")))
			.path("recordAward.award.id")
			.entity(String.class)
			.get();
		// A correction needs a note, and names an award of the same holder.
		record("editor", Map.of("holderId", holder, "title", "专精特新中小企业", "level", "PROVINCIAL", "awardedOn",
				"2023-06-10", "supersedes", first))
			.errors()
			.satisfy(GraphQlErrors.fields("note"));
		String second = record("editor",
				Map.of("holderId", holder, "title", "专精特新中小企业", "level", "PROVINCIAL", "awardedOn", "2023-06-10",
						"supersedes", first, "note", "The list was published on 10 June, not 10 May."))
			.path("recordAward.award.id")
			.entity(String.class)
			.get();
		record("editor", Map.of("holderId", holder, "title", "再次更正", "awardedOn", "2023-06-11", "supersedes", first,
				"note", "twice"))
			.errors()
			.satisfy(GraphQlErrors.fields("supersedes"));
		List<Map> awards = this.logins.anonymous()
			.document(
					"{ enterprise(id: \"%s\") { awards { id awardedOn supersedes supersededBy } } }".formatted(holder))
			.execute()
			.path("enterprise.awards")
			.entityList(Map.class)
			.get();
		assertThat(awards).hasSize(2);
		assertThat(awards.get(0)).containsEntry("id", first).containsEntry("supersededBy", second);
		assertThat(awards.get(1)).containsEntry("id", second).containsEntry("supersedes", first);
	}

	@Test
	void everyFieldIsCheckedAndNothingIsWritten() {
		String holder = enterprise("奖项校验公司", "4101002");
		Map<String, Object> input = new HashMap<>();
		input.put("holderId", holder);
		input.put("title", " ");
		input.put("level", "GALACTIC");
		input.put("awardedOn", "2024-03-01");
		input.put("year", 2023);
		input.put("validUntil", "2024-01-01");
		input.put("recognition", "NOT_A_RECOGNITION");
		input.put("measureId", "no-such-measure");
		input.put("supersedes", "award-from-elsewhere");
		input.put("note", "n");
		record("admin", input).errors()
			.satisfy(GraphQlErrors.fields("title", "level", "year", "validUntil", "recognition", "measureId",
					"supersedes"));
		record("admin", Map.of("holderId", holder, "title", "无日期奖项")).errors()
			.satisfy(GraphQlErrors.fields("awardedOn"));
		record("admin", Map.of("holderId", "no-such-holder", "title", "奖", "year", 2020)).errors()
			.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND));
		this.logins.anonymous()
			.document("{ enterprise(id: \"%s\") { awards { id } } }".formatted(holder))
			.execute()
			.path("enterprise.awards")
			.entityList(Map.class)
			.hasSize(0);
	}

	@Test
	void awardsAreRecordedByEditorsOfTheHoldersRegionAndAdministrators() {
		String holder = enterprise("奖项权限公司", "4101003");
		record("manager", Map.of("holderId", holder, "title", "奖", "year", 2020)).errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "needs the role"));
		String platform = this.logins.as("admin")
			.document(
					"mutation { createPlatform(input: {name: \"齐齐哈尔测试平台\", kind: \"PILOT_PLATFORM\", regionCode: \"230200\"}) { platform { id version } } }")
			.execute()
			.path("createPlatform.platform.id")
			.entity(String.class)
			.get();
		record("editor", Map.of("holderId", platform, "title", "省级中试平台", "year", 2024)).errors()
			.satisfy(GraphQlErrors.single(ErrorType.FORBIDDEN, "230200"));
		record("admin", Map.of("holderId", platform, "title", "省级中试平台", "level", "PROVINCIAL", "year", 2024))
			.path("recordAward.award.year")
			.entity(Integer.class)
			.isEqualTo(2024);
		this.logins.anonymous()
			.document("{ platform(id: \"%s\") { version region { code } awards { title } } }".formatted(platform))
			.execute()
			.path("platform")
			.entity(Map.class)
			.isEqualTo(Map.of("version", 1, "region", Map.of("code", "230200"), "awards",
					List.of(Map.of("title", "省级中试平台"))));
	}

	@Test
	void platformsAreChangedFromTheirCurrentVersionOnly() {
		String platform = this.logins.as("editor")
			.document(
					"mutation { createPlatform(input: {name: \"哈尔滨测试平台\", kind: \"KEY_LAB\", regionCode: \"230100\", parkId: \"shenzhen-harbin-industrial-park\"}) { platform { id } } }")
			.execute()
			.path("createPlatform.platform.id")
			.entity(String.class)
			.get();
		String update = """
				mutation($input: UpdatePlatformInput!) { updatePlatform(input: $input) { platform { level version } } }
				""";
		this.logins.as("editor")
			.document(update)
			.variable("input", Map.of("id", platform, "version", 1, "level", "PROVINCIAL"))
			.execute()
			.path("updatePlatform.platform")
			.entity(Map.class)
			.isEqualTo(Map.of("level", "PROVINCIAL", "version", 2));
		this.logins.as("editor")
			.document(update)
			.variable("input", Map.of("id", platform, "version", 1, "level", "NATIONAL"))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.classified("CONFLICT"));
		this.logins.as("editor")
			.document(update)
			.variable("input", Map.of("id", platform, "version", 2, "kind", "LAB", "parkId", "no-such-park"))
			.execute()
			.errors()
			.satisfy(GraphQlErrors.fields("kind", "parkId"));
	}

	private GraphQlTester.Response record(String username, Map<String, Object> input) {
		return this.logins.as(username).document(RECORD).variable("input", input).execute();
	}

	private String enterprise(String name, String seed) {
		return this.logins.as("admin")
			.document(
					"mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) { enterprise { id } } }")
			.variable("input",
					Map.of("name", name, "uscc", Uscc.complete("91230100" + (seed + "MA").substring(0, 8)),
							"regionCode", "230100"))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
	}

}
