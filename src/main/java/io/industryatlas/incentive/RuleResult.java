package io.industryatlas.incentive;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One rule applied to a project.
 *
 * @param rule the rule
 * @param inForce whether its document is in force at the project's date
 * @param eligible whether the project meets every condition
 * @param reasons each condition checked, met or not, and how the amount came about
 * @param amount the amount in yuan, or null where implementing rules set it
 * @param upTo whether the amount is only a maximum
 * @param limit the cap or tier that decided the amount
 * @param items per-item amounts for per-item rules
 * @param funding who pays what
 * @param paid whether it counts in the total
 * @param combinationNote how the combination principle treated it
 */
public record RuleResult(IncentiveRule rule, boolean inForce, boolean eligible, List<String> reasons,
		@Nullable String amount, boolean upTo, @Nullable String limit, List<ItemAmount> items,
		List<FundingShare> funding, boolean paid, @Nullable String combinationNote) {

	RuleResult withPaid(boolean paid, @Nullable String note) {
		return new RuleResult(this.rule, this.inForce, this.eligible, this.reasons, this.amount, this.upTo, this.limit,
				this.items, this.funding, paid, note);
	}

	/** An item's amount under a per-item rule. */
	public record ItemAmount(String name, String amount, @Nullable String limit) {
	}

	/** A payer's share. */
	public record FundingShare(String payer, String amount) {
	}

}
