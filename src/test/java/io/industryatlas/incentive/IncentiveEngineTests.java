package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.industryatlas.source.Document;
import io.industryatlas.source.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine, case by case from the policy texts (Heilongjiang's 2026 biomanufacturing
 * measures, 001): below, at and above thresholds, caps, tiers, uplift, validity dates,
 * the combination principle and the per-enterprise-year cap across products.
 */
class IncentiveEngineTests {

	private static final Document HLJ = new Document("hlj-biomanufacturing-measures-2026", "黑龙江省支持生物制造产业高质量发展若干政策措施",
			null, null, LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 13), LocalDate.of(2028, 12, 31), "IN_FORCE",
			"001.txt");

	private static final Document DRAFT = new Document("liaocheng-draft", "征求意见稿", null, null, null, null, null,
			"DRAFT", "004.txt");

	/** （五）: 实际支付额100万元以上的合同，按照其实际支付额的20%给予资助，每项合同最高资助200万元. */
	private static final IncentiveRule TECH_PURCHASE = rule("tech-purchase", "TECH_PURCHASE", "PERCENT")
		.base("contractValuePaid")
		.rate("0.20")
		.min("1000000", true)
		.cap("2000000", "CONTRACT")
		.build();

	/** （六）: 新建固定资产投资2000万元（含）以上…按照核定固定资产投资的20%给予补助，单个项目最高补助5000万元. */
	private static final IncentiveRule NEW_PROJECT = rule("new-project", "NEW_INDUSTRIALIZATION_PROJECT", "PERCENT")
		.base("fixedAssetInvestment")
		.rate("0.20")
		.min("20000000", true)
		.cap("50000000", "PROJECT")
		.construction("NEW_BUILD")
		.build();

	/** （四）: 按照总投资额的30%最高给予1000万元补助…入选…中试能力建设平台的，补助资金上浮50%. */
	private static IncentiveRule pilot(boolean upliftLiftsCap) {
		return rule("pilot", "PILOT_PLATFORM_CONSTRUCTION", "PERCENT").base("totalInvestment")
			.rate("0.30")
			.cap("10000000", "PROJECT")
			.uplift("0.5", "MIIT_BIOMANUFACTURING_PILOT_PLATFORM", upliftLiftsCap)
			.build();
	}

	/** （十）: 较上一年度新增销售收入5000万元、1亿元、3亿元以上的，分别给予300万元、500万元、1000万元奖励. */
	private static final IncentiveRule TCM = rule("tcm", "TCM_PRODUCT_REDEVELOPMENT", "TIERED").base("salesIncrease")
		.tiers(List.of("50000000", "100000000", "300000000"), List.of("3000000", "5000000", "10000000"))
		.build();

	/** （十二）: 年度单品销售收入200万元以上…按年度实际成交额的5%…单品最高奖励50万元，单户企业每年奖励累计最高300万元. */
	private static final IncentiveRule KEY_PRODUCT = rule("key-product", "KEY_NEW_PRODUCT", "PERCENT")
		.base("productSales")
		.rate("0.05")
		.min("2000000", true)
		.cap("500000", "PRODUCT")
		.enterpriseYearCap("3000000")
		.build();

	@ParameterizedTest(name = "contract paid {0} yuan: eligible {1}, {2} yuan")
	@CsvSource({ "999999.99, false, ", "1000000, true, 200000.00", "5000000, true, 1000000.00",
			"10000000, true, 2000000.00", "25000000, true, 2000000.00" })
	void techPurchaseAroundItsThresholdAndCap(String paid, boolean eligible, @Nullable String amount) {
		RuleResult result = evaluate(TECH_PURCHASE, project("TECH_PURCHASE").amount("contractValuePaid", paid));
		assertThat(result.eligible()).isEqualTo(eligible);
		assertThat(result.amount()).isEqualTo(amount);
	}

	@ParameterizedTest(name = "fixed assets {0} yuan, {1}: eligible {2}, {3} yuan")
	@CsvSource({ "19999999, NEW_BUILD, false, ", "20000000, NEW_BUILD, true, 4000000.00",
			"250000000, NEW_BUILD, true, 50000000.00", "300000000, NEW_BUILD, true, 50000000.00",
			"30000000, EXPANSION, false, " })
	void newProjectsOnlyWhenNewlyBuiltAndAtLeastTwentyMillion(String investment, String construction, boolean eligible,
			@Nullable String amount) {
		RuleResult result = evaluate(NEW_PROJECT, project("NEW_INDUSTRIALIZATION_PROJECT").construction(construction)
			.amount("fixedAssetInvestment", investment));
		assertThat(result.eligible()).isEqualTo(eligible);
		assertThat(result.amount()).isEqualTo(amount);
		if (eligible) {
			assertThat(result.paid()).isTrue();
		}
	}

	@Test
	void theUpliftRaisesTheAmountAndTheCapOnlyWhenTheReadingSaysSo() {
		ProjectBuilder small = project("PILOT_PLATFORM_CONSTRUCTION").amount("totalInvestment", "20000000")
			.recognition("MIIT_BIOMANUFACTURING_PILOT_PLATFORM");
		assertThat(evaluate(pilot(true), small).amount()).isEqualTo("9000000.00");
		ProjectBuilder large = project("PILOT_PLATFORM_CONSTRUCTION").amount("totalInvestment", "50000000")
			.recognition("MIIT_BIOMANUFACTURING_PILOT_PLATFORM");
		assertThat(evaluate(pilot(true), large).amount()).isEqualTo("15000000.00");
		assertThat(evaluate(pilot(false), large).amount()).isEqualTo("10000000.00");
		ProjectBuilder without = project("PILOT_PLATFORM_CONSTRUCTION").amount("totalInvestment", "50000000");
		RuleResult plain = evaluate(pilot(true), without);
		assertThat(plain.amount()).isEqualTo("10000000.00");
		assertThat(plain.limit()).contains("cap 10000000");
	}

	@ParameterizedTest(name = "sales increase {0}: {1}")
	@CsvSource({ "49999999, ", "50000000, 3000000.00", "99999999, 3000000.00", "100000000, 5000000.00",
			"300000000, 10000000.00", "900000000, 10000000.00" })
	void tcmTiersPayTheHighestTierReachedOnly(String increase, @Nullable String amount) {
		RuleResult result = evaluate(TCM, project("TCM_PRODUCT_REDEVELOPMENT").amount("salesIncrease", increase));
		assertThat(result.amount()).isEqualTo(amount);
		assertThat(result.eligible()).isEqualTo(amount != null);
	}

	@Test
	void keyNewProductsAreCappedPerProductAndPerEnterpriseYear() {
		ProjectBuilder project = project("KEY_NEW_PRODUCT");
		project.product("A", "1999999");
		project.product("B", "2000000");
		for (int i = 0; i < 7; i++) {
			project.product("C" + i, "20000000");
		}
		RuleResult result = evaluate(KEY_PRODUCT, project);
		assertThat(result.items()).extracting(RuleResult.ItemAmount::name).doesNotContain("A").contains("B");
		assertThat(result.items()).filteredOn(item -> item.name().equals("B"))
			.singleElement()
			.satisfies(item -> assertThat(item.amount()).isEqualTo("100000.00"));
		assertThat(result.items()).filteredOn(item -> item.name().startsWith("C"))
			.allSatisfy(item -> assertThat(item.amount()).isEqualTo("500000.00"));
		// 100 000 + 7 × 500 000 = 3 600 000, over the 3 000 000 per enterprise and year.
		assertThat(result.amount()).isEqualTo("3000000.00");
		assertThat(result.limit()).contains("per enterprise per year");
	}

	@ParameterizedTest(name = "on {0}: in force {1}")
	@CsvSource({ "2026-02-12, false", "2026-02-13, true", "2028-12-31, true", "2029-01-01, false" })
	void theDocumentPaysOnlyWithinItsValidity(LocalDate date, boolean inForce) {
		ProjectBuilder project = project("TECH_PURCHASE").amount("contractValuePaid", "5000000").date(date);
		var evaluation = IncentiveEngine.evaluate(project.build(),
				List.of(new IncentiveEngine.DocumentRules(HLJ, "HIGHEST_NOT_REPEATED", List.of(TECH_PURCHASE))));
		assertThat(evaluation.results().get(0).inForce()).isEqualTo(inForce);
		assertThat(evaluation.results().get(0).paid()).isEqualTo(inForce);
		assertThat(evaluation.total()).isEqualByComparingTo(inForce ? "1000000" : "0");
	}

	@Test
	void aDraftIsShownButNeverPaid() {
		var evaluation = IncentiveEngine.evaluate(
				project("TECH_PURCHASE").amount("contractValuePaid", "5000000").build(),
				List.of(new IncentiveEngine.DocumentRules(DRAFT, null, List.of(TECH_PURCHASE))));
		RuleResult result = evaluation.results().get(0);
		assertThat(result.eligible()).isTrue();
		assertThat(result.amount()).isEqualTo("1000000.00");
		assertThat(result.paid()).isFalse();
		assertThat(result.reasons().get(0)).contains("not in force");
		assertThat(evaluation.total()).isEqualByComparingTo("0");
	}

	@Test
	void theSameItemIsPaidOnceAtTheHighest() {
		IncentiveRule workshop = rule("workshop", "DIGITAL_WORKSHOP", "PERCENT").base("digitalContractValue")
			.rate("0.10")
			.cap("2000000", "PROJECT")
			.group("digital-transformation")
			.build();
		IncentiveRule factory = rule("factory", "SMART_FACTORY", "PERCENT").base("digitalContractValue")
			.rate("0.10")
			.cap("10000000", "PROJECT")
			.group("digital-transformation")
			.build();
		var evaluation = IncentiveEngine.evaluate(
				project("DIGITAL_WORKSHOP", "SMART_FACTORY", "TECH_PURCHASE").amount("digitalContractValue", "50000000")
					.amount("contractValuePaid", "1000000")
					.build(),
				List.of(new IncentiveEngine.DocumentRules(HLJ, "HIGHEST_NOT_REPEATED",
						List.of(workshop, factory, TECH_PURCHASE))));
		Map<String, RuleResult> byId = new LinkedHashMap<>();
		evaluation.results().forEach(r -> byId.put(r.rule().id(), r));
		assertThat(byId.get("workshop").paid()).isFalse();
		assertThat(byId.get("workshop").combinationNote()).contains("factory");
		assertThat(byId.get("factory").paid()).isTrue();
		assertThat(byId.get("tech-purchase").paid()).isTrue();
		assertThat(evaluation.total()).isEqualByComparingTo("5200000");
	}

	@Test
	void upToAmountsAreMaximaOutsideTheDefiniteTotal() {
		IncentiveRule phase3 = rule("phase-3", "CLINICAL_TRIAL_PHASE_3", "UP_TO").cap("15000000", "PRODUCT").build();
		var evaluation = IncentiveEngine.evaluate(project("CLINICAL_TRIAL_PHASE_3").build(),
				List.of(new IncentiveEngine.DocumentRules(HLJ, "HIGHEST_NOT_REPEATED", List.of(phase3))));
		assertThat(evaluation.results().get(0).upTo()).isTrue();
		assertThat(evaluation.total()).isEqualByComparingTo("0");
		assertThat(evaluation.maximum()).isEqualByComparingTo("15000000");
	}

	@Test
	void aProvinceCitySplitShares() {
		IncentiveRule rd = rule("rd", "RD_INVESTMENT", "FIXED").amount("1000000.01").split("PROVINCE:1,CITY:1").build();
		RuleResult result = evaluate(rd, project("RD_INVESTMENT"));
		assertThat(result.funding()).extracting(RuleResult.FundingShare::amount)
			.containsExactly("500000.01", "500000.00");
	}

	@Test
	void aMissingRecognitionOrAmountSaysWhy() {
		IncentiveRule food = rule("food", "NEW_FOOD_APPROVAL", "FIXED").amount("2000000")
			.requires("THREE_NEW_FOODS_APPROVAL")
			.build();
		RuleResult result = evaluate(food, project("NEW_FOOD_APPROVAL"));
		assertThat(result.eligible()).isFalse();
		assertThat(result.reasons()).anySatisfy(r -> assertThat(r).contains("THREE_NEW_FOODS_APPROVAL"));
		RuleResult noAmount = evaluate(TECH_PURCHASE, project("TECH_PURCHASE"));
		assertThat(noAmount.reasons()).anySatisfy(r -> assertThat(r).contains("contractValuePaid"));
	}

	@Test
	void aRecognitionRewardQualifiesOnRecordedAwardsAloneAndOtherRulesSayWhatIsMissing() {
		IncentiveRule littleGiant = rule("little-giant", "RECOGNITION_AWARD", "UP_TO").cap("500000", "ENTERPRISE")
			.requires("NATIONAL_SPECIALIZED_SME")
			.build();
		PolicyMatch match = PolicyMatch.of(littleGiant, true, Set.of("NATIONAL_SPECIALIZED_SME"));
		assertThat(match.status()).isEqualTo("QUALIFIES");
		assertThat(match.amount()).isEqualTo("500000.00");
		assertThat(match.upTo()).isTrue();
		PolicyMatch notHeld = PolicyMatch.of(littleGiant, true, Set.of());
		assertThat(notHeld.status()).isEqualTo("MAY_QUALIFY");
		assertThat(notHeld.missing()).singleElement().asString().contains("NATIONAL_SPECIALIZED_SME");
		PolicyMatch project = PolicyMatch.of(NEW_PROJECT, true, Set.of());
		assertThat(project.missing()).hasSize(3)
			.anySatisfy(m -> assertThat(m).contains("fixedAssetInvestment"))
			.anySatisfy(m -> assertThat(m).contains("NEW_BUILD"));
	}

	private static RuleResult evaluate(IncentiveRule rule, ProjectBuilder project) {
		return IncentiveEngine
			.evaluate(project.build(),
					List.of(new IncentiveEngine.DocumentRules(HLJ, "HIGHEST_NOT_REPEATED", List.of(rule))))
			.results()
			.get(0);
	}

	private static ProjectBuilder project(String... kinds) {
		return new ProjectBuilder(kinds);
	}

	private static RuleBuilder rule(String id, String kind, String formula) {
		return new RuleBuilder(id, kind, formula);
	}

	private static final class ProjectBuilder {

		private final Set<String> kinds;

		private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();

		private final List<Project.Product> products = new ArrayList<>();

		private final Set<String> recognitions = new LinkedHashSet<>();

		private @Nullable String construction;

		private LocalDate date = LocalDate.of(2026, 6, 1);

		ProjectBuilder(String... kinds) {
			this.kinds = new LinkedHashSet<>(List.of(kinds));
		}

		ProjectBuilder amount(String name, String value) {
			this.amounts.put(name, new BigDecimal(value));
			return this;
		}

		ProjectBuilder product(String name, String sales) {
			this.products.add(new Project.Product(name, new BigDecimal(sales)));
			return this;
		}

		ProjectBuilder recognition(String recognition) {
			this.recognitions.add(recognition);
			return this;
		}

		ProjectBuilder construction(String construction) {
			this.construction = construction;
			return this;
		}

		ProjectBuilder date(LocalDate date) {
			this.date = date;
			return this;
		}

		Project build() {
			return new Project("230100", this.date, this.kinds, this.construction, this.amounts, this.products,
					this.recognitions);
		}

	}

	private static final class RuleBuilder {

		private final String id;

		private final String kind;

		private final String formula;

		private @Nullable String base;

		private @Nullable String rate;

		private @Nullable String amount;

		private @Nullable String minBase;

		private @Nullable Boolean minInclusive;

		private @Nullable String cap;

		private @Nullable String capScope;

		private @Nullable String enterpriseYearCap;

		private List<String> tierThresholds = List.of();

		private List<String> tierAmounts = List.of();

		private @Nullable String upliftRate;

		private @Nullable String upliftRecognition;

		private @Nullable Boolean upliftLiftsCap;

		private List<String> requires = List.of();

		private List<String> construction = List.of();

		private @Nullable String split;

		private @Nullable String group;

		RuleBuilder(String id, String kind, String formula) {
			this.id = id;
			this.kind = kind;
			this.formula = formula;
		}

		RuleBuilder base(String base) {
			this.base = base;
			return this;
		}

		RuleBuilder rate(String rate) {
			this.rate = rate;
			return this;
		}

		RuleBuilder amount(String amount) {
			this.amount = amount;
			return this;
		}

		RuleBuilder min(String min, boolean inclusive) {
			this.minBase = min;
			this.minInclusive = inclusive;
			return this;
		}

		RuleBuilder cap(String cap, String scope) {
			this.cap = cap;
			this.capScope = scope;
			return this;
		}

		RuleBuilder enterpriseYearCap(String cap) {
			this.enterpriseYearCap = cap;
			return this;
		}

		RuleBuilder tiers(List<String> thresholds, List<String> amounts) {
			this.tierThresholds = thresholds;
			this.tierAmounts = amounts;
			return this;
		}

		RuleBuilder uplift(String rate, String recognition, boolean liftsCap) {
			this.upliftRate = rate;
			this.upliftRecognition = recognition;
			this.upliftLiftsCap = liftsCap;
			return this;
		}

		RuleBuilder requires(String... recognitions) {
			this.requires = List.of(recognitions);
			return this;
		}

		RuleBuilder construction(String... kinds) {
			this.construction = List.of(kinds);
			return this;
		}

		RuleBuilder split(String split) {
			this.split = split;
			return this;
		}

		RuleBuilder group(String group) {
			this.group = group;
			return this;
		}

		IncentiveRule build() {
			return new IncentiveRule(this.id, this.id, null, this.kind, this.formula, this.base, this.rate, this.amount,
					this.minBase, this.minInclusive, this.cap, this.capScope, this.enterpriseYearCap,
					this.tierThresholds, this.tierAmounts, this.upliftRate, this.upliftRecognition, this.upliftLiftsCap,
					this.requires, this.construction, this.split, this.group, null, null,
					new Source(HLJ, "（五）", "quote", null, null));
		}

	}

}
