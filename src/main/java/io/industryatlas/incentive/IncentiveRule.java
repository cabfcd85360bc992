package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;
import io.industryatlas.source.Document;
import io.industryatlas.source.Source;

/**
 * One amount a policy states, as data (read model of {@code :IncentiveRule}); see
 * {@code graph-seed/POLICY-RULES.md}. Money and rates are decimal strings in the graph
 * and the API, and exact decimals in the engine.
 */
public record IncentiveRule(String id, String name, @Nullable String nameEn, String kind, String formula,
		@Nullable String base, @Nullable String rate, @Nullable String amount, @Nullable String minBase,
		@Nullable Boolean minInclusive, @Nullable String cap, @Nullable String capScope,
		@Nullable String enterpriseYearCap, List<String> tierThresholds, List<String> tierAmounts,
		@Nullable String upliftRate, @Nullable String upliftRecognition, @Nullable Boolean upliftLiftsCap,
		List<String> requiredRecognitions, List<String> construction, @Nullable String fundingSplit,
		@Nullable String combinationGroup, @Nullable String interpretation, @Nullable String amountNote,
		Source source) {

	static IncentiveRule from(MapAccessor rule, Document document) {
		return new IncentiveRule(Rows.requiredString(rule, "id"), Rows.requiredString(rule, "name"),
				Rows.string(rule, "nameEn"), Rows.requiredString(rule, "kind"), Rows.requiredString(rule, "formula"),
				Rows.string(rule, "base"), Rows.string(rule, "rate"), Rows.string(rule, "amount"),
				Rows.string(rule, "minBase"), bool(rule, "minInclusive"), Rows.string(rule, "cap"),
				Rows.string(rule, "capScope"), Rows.string(rule, "enterpriseYearCap"),
				Rows.strings(rule, "tierThresholds"), Rows.strings(rule, "tierAmounts"),
				Rows.string(rule, "upliftRate"), Rows.string(rule, "upliftRecognition"), bool(rule, "upliftLiftsCap"),
				Rows.strings(rule, "requiredRecognitions"), Rows.strings(rule, "construction"),
				Rows.string(rule, "fundingSplit"), Rows.string(rule, "combinationGroup"),
				Rows.string(rule, "interpretation"), Rows.string(rule, "amountNote"), new Source(document,
						Rows.requiredString(rule, "clause"), Rows.requiredString(rule, "quote"), null, null));
	}

	private static @Nullable Boolean bool(MapAccessor map, String key) {
		var value = map.get(key);
		return (value == null || value.isNull()) ? null : value.asBoolean();
	}

	static @Nullable BigDecimal decimal(@Nullable String value) {
		return (value != null) ? new BigDecimal(value) : null;
	}

}
