package io.industryatlas.award;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Fields of awards. */
@Controller
class AwardController {

	private final Sources sources;

	AwardController(Sources sources) {
		this.sources = sources;
	}

	@BatchMapping(typeName = "Award")
	Map<Award, List<Source>> sources(List<Award> awards) {
		return this.sources.of(EntityKind.AWARD, awards, Award::id);
	}

}
