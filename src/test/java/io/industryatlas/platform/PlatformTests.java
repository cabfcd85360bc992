package io.industryatlas.platform;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class PlatformTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void theP4LaboratoryIsRunByTheHarbinVeterinaryResearchInstitute() {
		this.graphQl.document("""
				{ platform(id: "hvri-large-animal-p4-biosafety-lab") {
				    name status hostInstitution { id name platforms { id } } sources { clause quote } } }
				""")
			.execute()
			.path("platform.name")
			.entity(String.class)
			.isEqualTo("大动物生物安全P4级实验室")
			.path("platform.status")
			.entity(String.class)
			.isEqualTo("EXISTING")
			.path("platform.hostInstitution.id")
			.entity(String.class)
			.isEqualTo("harbin-veterinary-research-institute")
			.path("platform.hostInstitution.platforms[*].id")
			.entityList(String.class)
			.contains("hvri-large-animal-p4-biosafety-lab")
			.path("platform.sources[0].clause")
			.entity(String.class)
			.isEqualTo("一（一）");
	}

	@Test
	void platformsCanBeListedByLevel() {
		this.graphQl.document("{ platforms(level: \"NATIONAL\", first: 100) { edges { node { level } } } }")
			.execute()
			.path("platforms.edges[*].node.level")
			.entityList(String.class)
			.satisfies(levels -> assertThat(levels).isNotEmpty().containsOnly("NATIONAL"));
	}

}
