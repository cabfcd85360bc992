package io.industryatlas.award;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Fields of awards, and recording them. */
@Controller
class AwardController {

	private final Sources sources;

	private final AwardWrites writes;

	AwardController(Sources sources, AwardWrites writes) {
		this.sources = sources;
		this.writes = writes;
	}

	@MutationMapping
	AwardPayload recordAward(@Argument RecordAwardInput input) {
		return new AwardPayload(this.writes.record(input));
	}

	@BatchMapping(typeName = "Award")
	Map<Award, List<Source>> sources(List<Award> awards) {
		return this.sources.of(EntityKind.AWARD, awards, Award::id);
	}

	/** What {@code recordAward} returns. */
	record AwardPayload(Award award) {

	}

}
