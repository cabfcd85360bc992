package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One rule matched against what the registry records of an enterprise.
 *
 * @param rule the rule
 * @param inForce whether its document is in force
 * @param status QUALIFIES or MAY_QUALIFY
 * @param met the recorded facts meeting its conditions
 * @param missing what is unknown and needed
 * @param amount the amount when the recorded facts determine it
 * @param upTo whether that amount is a maximum
 */
record PolicyMatch(IncentiveRule rule, boolean inForce, String status, List<String> met, List<String> missing,
		@Nullable String amount, boolean upTo) {

	/** Kinds that are nothing but holding a recognition: known from the awards alone. */
	private static final Set<String> RECOGNITION_KINDS = Set.of("RECOGNITION_AWARD", "PUBLIC_SERVICE_PLATFORM",
			"INNOVATION_PLATFORM", "MANUFACTURING_INNOVATION_CENTER", "NEW_FOOD_APPROVAL");

	/**
	 * Matches a rule against recorded recognitions; null when a recorded fact rules it
	 * out (never, today: the registry records no facts that disqualify).
	 */
	static PolicyMatch of(IncentiveRule rule, boolean inForce, Set<String> recognitions) {
		List<String> met = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (String required : rule.requiredRecognitions()) {
			if (recognitions.contains(required)) {
				met.add("holds " + required);
			}
			else {
				missing.add("the recognition " + required + " (not recorded)");
			}
		}
		boolean byRecognition = RECOGNITION_KINDS.contains(rule.kind()) && !rule.requiredRecognitions().isEmpty();
		if (!byRecognition) {
			missing.add("a project of kind " + rule.kind());
		}
		if (rule.base() != null) {
			missing.add("the amount " + rule.base());
		}
		if (!rule.construction().isEmpty()) {
			missing.add("the construction kind (" + String.join(" or ", rule.construction()) + ")");
		}
		String amount = null;
		boolean upTo = false;
		if (missing.isEmpty()) {
			if ("FIXED".equals(rule.formula()) && rule.amount() != null) {
				amount = IncentiveEngine.money(new BigDecimal(rule.amount())).toPlainString();
			}
			else if ("UP_TO".equals(rule.formula()) && rule.cap() != null) {
				amount = IncentiveEngine.money(new BigDecimal(rule.cap())).toPlainString();
				upTo = true;
			}
		}
		return new PolicyMatch(rule, inForce, missing.isEmpty() ? "QUALIFIES" : "MAY_QUALIFY", met, missing, amount,
				upTo);
	}

}
