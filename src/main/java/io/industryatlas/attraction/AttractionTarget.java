package io.industryatlas.attraction;

import java.util.List;

import io.industryatlas.chain.ChainLink;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.incentive.TypicalIncentive;

/** An enterprise worth attracting, its score and why, and what it would receive. */
record AttractionTarget(Enterprise enterprise, int score, List<ScoreComponent> scoring, List<ChainLink> gapLinks,
		TypicalIncentive incentive) {

	/** One part of the score. */
	record ScoreComponent(String factor, int points, String detail) {
	}

}
