package io.industryatlas.incentive;

import java.util.List;

import io.industryatlas.region.Region;

/**
 * What a typical project of an enterprise would receive in a region: the rules that pay
 * and the totals.
 *
 * @param region where the project would be
 * @param project the project assumed
 * @param total the definite total in yuan
 * @param maximum the total including UP_TO maxima
 * @param rules the rules that pay
 */
public record TypicalIncentive(Region region, String project, String total, String maximum, List<RuleResult> rules) {
}
