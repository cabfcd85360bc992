package io.industryatlas.incentive;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.region.Region;

/** The rules an enterprise may qualify for, from its recorded facts. */
record PolicyMatchReport(Enterprise enterprise, @Nullable Region region, LocalDate date, List<String> recognitions,
		List<PolicyMatch> matches, List<String> notes) {
}
