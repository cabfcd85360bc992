package io.industryatlas.incentive;

import java.util.List;

/** The codes the rules use. */
record IncentiveVocabulary(List<String> kinds, List<String> recognitions, List<String> bases) {
}
