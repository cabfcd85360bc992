package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import io.industryatlas.source.Document;

/**
 * Evaluates incentive rules for a project: the one engine behind every policy. Plain Java
 * without Spring or the database, so that its table-driven tests read like the policy
 * texts.
 */
final class IncentiveEngine {

	static final String HIGHEST_NOT_REPEATED = "HIGHEST_NOT_REPEATED";

	private IncentiveEngine() {
	}

	/** The rules of one document, with what the engine needs of the document. */
	record DocumentRules(Document document, @Nullable String combination, List<IncentiveRule> rules) {
	}

	/** The evaluation: every rule's result, and per document its total. */
	record Evaluation(List<RuleResult> results, List<Total> totals, BigDecimal total, BigDecimal maximum) {
	}

	/** What one document pays. */
	record Total(Document document, boolean inForce, @Nullable String principle, BigDecimal total, BigDecimal maximum) {
	}

	static Evaluation evaluate(Project project, List<DocumentRules> documents) {
		List<RuleResult> all = new ArrayList<>();
		List<Total> totals = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal maximum = BigDecimal.ZERO;
		for (DocumentRules doc : documents) {
			boolean inForce = inForce(doc.document(), project.date());
			List<RuleResult> results = new ArrayList<>();
			for (IncentiveRule rule : doc.rules()) {
				results.add(evaluate(rule, project, inForce, doc.document()));
			}
			results = combine(results, doc.combination());
			BigDecimal docTotal = BigDecimal.ZERO;
			BigDecimal docMaximum = BigDecimal.ZERO;
			for (RuleResult result : results) {
				if (result.paid() && result.amount() != null) {
					BigDecimal amount = new BigDecimal(result.amount());
					docMaximum = docMaximum.add(amount);
					if (!result.upTo()) {
						docTotal = docTotal.add(amount);
					}
				}
			}
			totals.add(new Total(doc.document(), inForce, doc.combination(), money(docTotal), money(docMaximum)));
			total = total.add(docTotal);
			maximum = maximum.add(docMaximum);
			all.addAll(results);
		}
		return new Evaluation(all, totals, money(total), money(maximum));
	}

	static boolean inForce(Document document, LocalDate date) {
		return "IN_FORCE".equals(document.status()) && document.validFrom() != null
				&& !date.isBefore(document.validFrom())
				&& (document.validUntil() == null || !date.isAfter(document.validUntil()));
	}

	static RuleResult evaluate(IncentiveRule rule, Project project, boolean inForce, Document document) {
		List<String> reasons = new ArrayList<>();
		boolean eligible = true;
		if (!inForce) {
			reasons.add(notInForce(document, project.date()));
		}
		if (project.kinds().contains(rule.kind())) {
			reasons.add("The project is a %s.".formatted(rule.kind()));
		}
		else {
			eligible = false;
			reasons.add("Applies to %s; the project is not one.".formatted(rule.kind()));
		}
		for (String recognition : rule.requiredRecognitions()) {
			if (project.recognitions().contains(recognition)) {
				reasons.add("Holds the required recognition %s.".formatted(recognition));
			}
			else {
				eligible = false;
				reasons.add("Requires the recognition %s, which the project does not hold.".formatted(recognition));
			}
		}
		if (!rule.construction().isEmpty()) {
			if (project.construction() != null && rule.construction().contains(project.construction())) {
				reasons.add("Construction %s is allowed (%s).".formatted(project.construction(), rule.construction()));
			}
			else {
				eligible = false;
				reasons.add("Only for %s construction; the project is %s.".formatted(rule.construction(),
						(project.construction() != null) ? project.construction() : "not described"));
			}
		}
		boolean perProduct = "productSales".equals(rule.base());
		BigDecimal base = perProduct ? null : (rule.base() != null) ? project.amounts().get(rule.base()) : null;
		if (rule.base() != null && !perProduct && base == null && needsBase(rule)) {
			eligible = false;
			reasons.add("Computed on %s, which the project does not give.".formatted(rule.base()));
		}
		if (perProduct && project.products().isEmpty()) {
			eligible = false;
			reasons.add("Paid per product on its annual sales; the project lists no products.");
		}
		if (base != null && !meetsThreshold(rule, base)) {
			eligible = false;
			reasons.add(thresholdReason(rule, base, false));
		}
		else if (base != null && rule.minBase() != null) {
			reasons.add(thresholdReason(rule, base, true));
		}
		if (!eligible) {
			return new RuleResult(rule, inForce, false, reasons, null, false, null, List.of(), List.of(), false, null);
		}
		Amount amount = perProduct ? perProduct(rule, project, reasons) : amount(rule, base, project, reasons);
		if (amount == null) {
			return new RuleResult(rule, inForce, false, reasons, null, false, null, List.of(), List.of(), false, null);
		}
		if (amount.value() == null) {
			return new RuleResult(rule, inForce, true, reasons, null, false, null, List.of(), List.of(), false, null);
		}
		String value = money(amount.value()).toPlainString();
		return new RuleResult(rule, inForce, true, reasons, value, "UP_TO".equals(rule.formula()), amount.limit(),
				amount.items(), funding(rule.fundingSplit(), amount.value()), inForce, null);
	}

	private record Amount(@Nullable BigDecimal value, @Nullable String limit, List<RuleResult.ItemAmount> items) {
	}

	private static boolean needsBase(IncentiveRule rule) {
		return switch (rule.formula()) {
			case "PERCENT", "TIERED" -> true;
			default -> rule.minBase() != null;
		};
	}

	private static boolean meetsThreshold(IncentiveRule rule, BigDecimal base) {
		BigDecimal min = IncentiveRule.decimal(rule.minBase());
		if (min == null) {
			return true;
		}
		int comparison = base.compareTo(min);
		return comparison > 0 || (comparison == 0 && !Boolean.FALSE.equals(rule.minInclusive()));
	}

	private static String thresholdReason(IncentiveRule rule, BigDecimal base, boolean met) {
		String bound = Boolean.FALSE.equals(rule.minInclusive()) ? "more than" : "at least";
		return "%s %s yuan %s the threshold (%s %s yuan).".formatted(rule.base(), plain(base),
				met ? "meets" : "is below", bound, plain(new BigDecimal(rule.minBase())));
	}

	/** The amount of a rule paid once (per project, contract or enterprise). */
	private static @Nullable Amount amount(IncentiveRule rule, @Nullable BigDecimal base, Project project,
			List<String> reasons) {
		BigDecimal cap = IncentiveRule.decimal(rule.cap());
		BigDecimal raw;
		String limit = null;
		switch (rule.formula()) {
			case "PERCENT" -> {
				raw = base.multiply(new BigDecimal(rule.rate()));
				reasons.add("%s × %s = %s yuan.".formatted(plain(base), rule.rate(), plain(raw)));
			}
			case "FIXED" -> {
				raw = new BigDecimal(rule.amount());
				reasons.add("A fixed %s yuan.".formatted(plain(raw)));
			}
			case "TIERED" -> {
				raw = null;
				for (int i = rule.tierThresholds().size() - 1; i >= 0; i--) {
					BigDecimal threshold = new BigDecimal(rule.tierThresholds().get(i));
					if (base.compareTo(threshold) >= 0) {
						raw = new BigDecimal(rule.tierAmounts().get(i));
						limit = "tier %s yuan and above".formatted(plain(threshold));
						reasons.add("%s %s yuan reaches the tier of %s yuan and above: %s yuan (highest tier only)."
							.formatted(rule.base(), plain(base), plain(threshold), plain(raw)));
						break;
					}
				}
				if (raw == null) {
					reasons.add("%s %s yuan is below the lowest tier of %s yuan.".formatted(rule.base(), plain(base),
							plain(new BigDecimal(rule.tierThresholds().get(0)))));
					return null;
				}
			}
			case "UP_TO" -> {
				raw = cap;
				reasons.add("Up to %s yuan: %s".formatted(plain(cap),
						(rule.amountNote() != null) ? rule.amountNote() : "the exact sum is set case by case."));
				cap = null;
				limit = "maximum";
			}
			default -> {
				reasons.add("The amount is set by implementing rules: %s"
					.formatted((rule.amountNote() != null) ? rule.amountNote() : "the text states no amount."));
				return new Amount(null, null, List.of());
			}
		}
		BigDecimal upliftRate = IncentiveRule.decimal(rule.upliftRate());
		boolean uplifted = upliftRate != null && project.recognitions().contains(rule.upliftRecognition());
		if (uplifted) {
			BigDecimal factor = BigDecimal.ONE.add(upliftRate);
			raw = raw.multiply(factor);
			reasons.add("Raised by %s for holding %s: %s yuan.".formatted(upliftRate, rule.upliftRecognition(),
					plain(raw)));
			if (cap != null && Boolean.TRUE.equals(rule.upliftLiftsCap())) {
				cap = cap.multiply(factor);
				reasons.add("The cap rises with it to %s yuan.".formatted(plain(cap)));
			}
		}
		if (cap != null && raw.compareTo(cap) > 0) {
			reasons.add("Capped at %s yuan per %s.".formatted(plain(cap), scope(rule)));
			raw = cap;
			limit = "cap %s yuan per %s".formatted(plain(cap), scope(rule));
		}
		return new Amount(raw, limit, List.of());
	}

	/**
	 * A rule paid per product on its annual sales, capped per product and per
	 * enterprise-year.
	 */
	private static @Nullable Amount perProduct(IncentiveRule rule, Project project, List<String> reasons) {
		List<RuleResult.ItemAmount> items = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal cap = IncentiveRule.decimal(rule.cap());
		for (Project.Product product : project.products()) {
			if (!meetsThreshold(rule, product.sales())) {
				reasons.add("Product %s: sales %s yuan are below the threshold of %s yuan, nothing paid."
					.formatted(product.name(), plain(product.sales()), plain(new BigDecimal(rule.minBase()))));
				continue;
			}
			List<String> ignored = new ArrayList<>();
			Amount amount = amount(rule, product.sales(), project, ignored);
			if (amount == null || amount.value() == null) {
				continue;
			}
			String limit = (cap != null && amount.value().compareTo(cap) == 0)
					? "cap %s yuan per product".formatted(plain(cap)) : null;
			reasons.add("Product %s: %s yuan.".formatted(product.name(), plain(amount.value())));
			items.add(new RuleResult.ItemAmount(product.name(), money(amount.value()).toPlainString(), limit));
			sum = sum.add(amount.value());
		}
		if (items.isEmpty()) {
			reasons.add("No product qualifies.");
			return null;
		}
		String limit = null;
		BigDecimal yearCap = IncentiveRule.decimal(rule.enterpriseYearCap());
		if (yearCap != null && sum.compareTo(yearCap) > 0) {
			reasons.add("The products add up to %s yuan, capped at %s yuan per enterprise per year."
				.formatted(plain(sum), plain(yearCap)));
			sum = yearCap;
			limit = "cap %s yuan per enterprise per year".formatted(plain(yearCap));
		}
		return new Amount(sum, limit, items);
	}

	/**
	 * Under 从优、就高、不重复 only the highest amount of each group of rules for the same item is
	 * paid.
	 */
	static List<RuleResult> combine(List<RuleResult> results, @Nullable String combination) {
		if (!HIGHEST_NOT_REPEATED.equals(combination)) {
			return results;
		}
		Map<String, RuleResult> best = new LinkedHashMap<>();
		for (RuleResult result : results) {
			String group = result.rule().combinationGroup();
			if (group != null && result.paid() && result.amount() != null) {
				best.merge(group, result,
						(a, b) -> (new BigDecimal(b.amount()).compareTo(new BigDecimal(a.amount())) > 0) ? b : a);
			}
		}
		List<RuleResult> combined = new ArrayList<>();
		for (RuleResult result : results) {
			String group = result.rule().combinationGroup();
			RuleResult winner = (group != null) ? best.get(group) : null;
			if (winner == null || !result.paid() || result.amount() == null) {
				combined.add(result);
			}
			else if (winner == result) {
				combined.add(result.withPaid(true,
						"Highest of the rules for the same item (%s): paid (从优、就高、不重复).".formatted(group)));
			}
			else {
				combined.add(result.withPaid(false, "Same item (%s) as %s, which pays more: not paid again (从优、就高、不重复)."
					.formatted(group, winner.rule().id())));
			}
		}
		return combined;
	}

	private static List<RuleResult.FundingShare> funding(@Nullable String split, BigDecimal amount) {
		if (split == null || split.isBlank()) {
			return List.of();
		}
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		for (String part : split.split(",")) {
			String[] payerShare = part.split(":");
			parts.put(payerShare[0].strip(), new BigDecimal(payerShare[1].strip()));
		}
		BigDecimal whole = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		List<RuleResult.FundingShare> shares = new ArrayList<>();
		BigDecimal given = BigDecimal.ZERO;
		List<String> payers = new ArrayList<>(parts.keySet());
		for (int i = 0; i < payers.size(); i++) {
			BigDecimal share = (i == payers.size() - 1) ? money(amount).subtract(given)
					: money(amount.multiply(parts.get(payers.get(i))).divide(whole, 2, RoundingMode.HALF_UP));
			given = given.add(share);
			shares.add(new RuleResult.FundingShare(payers.get(i), share.toPlainString()));
		}
		return shares;
	}

	private static String notInForce(Document document, LocalDate date) {
		if (!"IN_FORCE".equals(document.status())) {
			return "%s is a %s, not in force: shown, not paid.".formatted(document.title(),
					document.status().toLowerCase().replace('_', ' '));
		}
		return "%s is in force from %s to %s, not on %s.".formatted(document.title(), document.validFrom(),
				document.validUntil(), date);
	}

	private static String scope(IncentiveRule rule) {
		return (rule.capScope() != null) ? rule.capScope().toLowerCase() : "project";
	}

	static BigDecimal money(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
