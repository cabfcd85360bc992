package io.industryatlas.incentive;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estimates and policy data through the public API, on the seeded rules of the documents.
 */
@AtlasTest
class IncentiveApiTests {

	private static final String ESTIMATE = """
			query($project: ProjectInput!) {
			  incentiveEstimate(project: $project) {
			    region { code } total maximum
			    totals { document { id } inForce principle total }
			    results { rule { id kind formula interpretation source { document { id } clause quote } }
			              inForce eligible reasons amount upTo limit paid combinationNote
			              funding { payer amount } items { name amount } }
			  }
			}
			""";

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void aNewlyBuiltThirtyMillionProjectInHarbinGetsTwentyPercentOfItsFixedAssets() {
		Map<String, Object> project = Map.of("region", "230100", "date", "2026-06-01", "kinds",
				List.of("NEW_INDUSTRIALIZATION_PROJECT"), "construction", "NEW_BUILD", "amounts",
				List.of(Map.of("name", "fixedAssetInvestment", "value", "30000000")));
		this.graphQl.document(ESTIMATE)
			.variable("project", project)
			.execute()
			.path("incentiveEstimate.results[?(@.rule.source.clause == '（六）' && @.eligible == true)].amount")
			.entityList(String.class)
			.containsExactly("6000000.00")
			.path("incentiveEstimate.results[?(@.rule.source.clause == '（六）' && @.eligible == true)].rule.source.quote")
			.entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).singleElement().asString().contains("20%"))
			.path("incentiveEstimate.totals[?(@.document.id == 'hlj-biomanufacturing-measures-2026')].total")
			.entityList(String.class)
			.containsExactly("6000000.00")
			.path("incentiveEstimate.totals[*].document.id")
			.entityList(String.class)
			.doesNotContain("gd-biomanufacturing-measures-2026", "liaocheng-biomedicine-measures-draft");
	}

	@Test
	void anExpansionGetsNothingUnderTheNewBuildRuleAndIsToldWhy() {
		Map<String, Object> project = Map.of("region", "230100", "date", "2026-06-01", "kinds",
				List.of("NEW_INDUSTRIALIZATION_PROJECT"), "construction", "EXPANSION", "amounts",
				List.of(Map.of("name", "fixedAssetInvestment", "value", "30000000")));
		this.graphQl.document(ESTIMATE)
			.variable("project", project)
			.execute()
			.path("incentiveEstimate.results[?(@.rule.source.clause == '（六）')].eligible")
			.entityList(Boolean.class)
			.satisfies(flags -> assertThat(flags).isNotEmpty().containsOnly(false))
			.path("incentiveEstimate.results[?(@.rule.source.clause == '（六）')].reasons[*]")
			.entityList(String.class)
			.satisfies(reasons -> assertThat(reasons).anySatisfy(r -> assertThat(r).contains("NEW_BUILD")))
			.path("incentiveEstimate.total")
			.entity(String.class)
			.isEqualTo("0.00");
	}

	@Test
	void beforeTheMeasuresWereIssuedNothingIsPaid() {
		Map<String, Object> project = Map.of("region", "230100", "date", "2026-02-12", "kinds",
				List.of("NEW_INDUSTRIALIZATION_PROJECT"), "construction", "NEW_BUILD", "amounts",
				List.of(Map.of("name", "fixedAssetInvestment", "value", "30000000")));
		this.graphQl.document(ESTIMATE)
			.variable("project", project)
			.execute()
			.path("incentiveEstimate.totals[?(@.document.id == 'hlj-biomanufacturing-measures-2026')].inForce")
			.entityList(Boolean.class)
			.containsExactly(false)
			.path("incentiveEstimate.total")
			.entity(String.class)
			.isEqualTo("0.00");
	}

	@Test
	void liaochengsDraftIsShownButNotPaid() {
		this.graphQl.document("{ incentiveVocabulary { kinds recognitions } }")
			.execute()
			.path("incentiveVocabulary.recognitions")
			.entityList(String.class)
			.contains("NATIONAL_SPECIALIZED_SME");
		Map<String, Object> project = Map.of("region", "371524", "date", "2026-06-01", "kinds",
				List.of("RECOGNITION_AWARD"), "recognitions", List.of("NATIONAL_SPECIALIZED_SME"));
		this.graphQl.document(ESTIMATE)
			.variable("project", project)
			.execute()
			.path("incentiveEstimate.totals[?(@.document.id == 'liaocheng-biomedicine-measures-draft')].inForce")
			.entityList(Boolean.class)
			.containsExactly(false)
			.path("incentiveEstimate.results[?(@.eligible == true)].paid")
			.entityList(Boolean.class)
			.satisfies(paid -> assertThat(paid).isNotEmpty().containsOnly(false))
			.path("incentiveEstimate.total")
			.entity(String.class)
			.isEqualTo("0.00");
	}

	@Test
	void badInputIsRefusedNamingEveryField() {
		Map<String, Object> project = Map.of("region", "23010", "date", "2026-06-01", "kinds", List.of("NO_SUCH_KIND"),
				"amounts", List.of(Map.of("name", "fixedAssetInvestment", "value", "-5"),
						Map.of("name", "rdSpend", "value", "abc"), Map.of("name", "totalInvestment", "value", "1e20")));
		this.graphQl.document(ESTIMATE)
			.variable("project", project)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getMessage()).contains("project.region", "project.kinds[0]",
						"project.amounts[0].value must not be negative", "project.amounts[1].value",
						"project.amounts[2].value is over 10 trillion");
			}));
	}

	@Test
	void anUnknownRegionIsRefused() {
		Map<String, Object> project = Map.of("region", "999999", "date", "2026-06-01", "kinds",
				List.of("NEW_INDUSTRIALIZATION_PROJECT"));
		this.graphQl.document(ESTIMATE)
			.variable("project", project)
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement()
				.satisfies(error -> assertThat(error.getMessage()).contains("project.region", "999999")));
	}

	@Test
	void anEnterpriseInHarbinMayQualifyForHeilongjiangsRulesAndIsToldWhatIsMissing() {
		this.graphQl.document("""
				{ policyMatches(enterprise: "harbin-pharmaceutical-group", date: "2026-06-01") {
				    region { code } recognitions
				    matches { rule { id source { document { id } clause } } inForce status missing } notes } }
				""")
			.execute()
			.path("policyMatches.region.code")
			.entity(String.class)
			.isEqualTo("230100")
			.path("policyMatches.matches[*].rule.source.document.id")
			.entityList(String.class)
			.satisfies(docs -> assertThat(docs).isNotEmpty().containsOnly("hlj-biomanufacturing-measures-2026"))
			.path("policyMatches.matches[?(@.rule.source.clause == '（六）')].missing[*]")
			.entityList(String.class)
			.satisfies(missing -> assertThat(missing).anySatisfy(m -> assertThat(m).contains("fixedAssetInvestment")));
	}

	@Test
	void anEnterpriseOfUnknownLocationCannotBeMatched() {
		this.graphQl
			.document(
					"""
							{ policyMatches(enterprise: "sunflower-pharmaceutical-group") { region { code } matches { status } notes } }
							""")
			.execute()
			.path("policyMatches.matches")
			.entityList(Object.class)
			.hasSize(0)
			.path("policyMatches.notes[0]")
			.entity(String.class)
			.satisfies(note -> assertThat(note).contains("does not know where"));
	}

	@Test
	void everyMeasureOfTheHeilongjiangDocumentIsListedInClauseOrder() {
		this.graphQl.document("""
				{ measures(document: "hlj-biomanufacturing-measures-2026") { clause title rules { id formula } } }
				""").execute().path("measures[*].clause").entityList(String.class).satisfies(clauses -> {
			assertThat(clauses).hasSize(17);
			assertThat(clauses.get(0)).isEqualTo("（一）");
			assertThat(clauses.get(9)).isEqualTo("（十）");
			assertThat(clauses.get(16)).isEqualTo("（十七）");
		});
	}

}
