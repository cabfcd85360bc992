package io.industryatlas.incentive;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.industryatlas.region.Region;
import io.industryatlas.source.Document;

/** What a project would receive, rule by rule and in total. */
record IncentiveEstimate(Region region, LocalDate date, List<RuleResult> results, List<DocumentTotal> totals,
		String total, String maximum) {

	/** What one document pays. */
	record DocumentTotal(Document document, boolean inForce, @Nullable String principle, String total, String maximum) {
	}

}
