package io.industryatlas.enterprise;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.AtlasTest;
import io.industryatlas.GraphQlErrors;

import static org.assertj.core.api.Assertions.assertThat;

@AtlasTest
class EnterpriseTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void harbinPharmaceuticalGroupIsALeadingEnterpriseInHarbinAndSoInThePole() {
		this.graphQl.document("""
				{ enterprise(id: "harbin-pharmaceutical-group") {
				    name aliases sample region { code }
				    memberships { cluster { id } via region { code } }
				    sources { document { id } clause quote role roleNote } } }
				""")
			.execute()
			.path("enterprise.name")
			.entity(String.class)
			.isEqualTo("哈药集团")
			.path("enterprise.aliases")
			.entityList(String.class)
			.contains("哈药")
			.path("enterprise.sample")
			.entity(Boolean.class)
			.isEqualTo(false)
			.path("enterprise.region.code")
			.entity(String.class)
			.isEqualTo("230100")
			.path("enterprise.memberships[?(@.cluster.id == 'harbin-bio-industry-pole')].via")
			.entityList(String.class)
			.contains("REGION")
			.path("enterprise.sources[*].role")
			.entityList(String.class)
			.contains("LEADING")
			.path("enterprise.sources[*].quote")
			.entityList(String.class)
			.satisfies(quotes -> assertThat(quotes).anySatisfy(quote -> assertThat(quote).contains("哈药集团")));
	}

	@Test
	void anEnterpriseCoversLinksAndLeadsChains() {
		this.graphQl.document("""
				{ enterprise(id: "beidahuang-group") { chainLinks { id } leads { id } } }
				""")
			.execute()
			.path("enterprise.leads[*].id")
			.entityList(String.class)
			.contains("cold-region-grain-pla-chain")
			.path("enterprise.chainLinks[*].id")
			.entityList(String.class)
			.contains("cold-region-grain-pla-chain:polylactic-acid");
	}

	@Test
	void aMalformedIdIsABadRequestNamingTheArgument() {
		this.graphQl.document("{ enterprise(id: \"哈药 OR 1=1\") { name } }")
			.execute()
			.errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
				assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
				assertThat(error.getExtensions()).containsEntry("argument", "id");
			}));
	}

	@Test
	void lastWithoutBeforeIsABadRequest() {
		this.graphQl.document("{ enterprises(last: 5) { edges { node { id } } } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.BAD_REQUEST, "'last' needs a 'before' cursor"));
	}

	@Test
	void anUnknownEnterpriseIsNotFound() {
		this.graphQl.document("{ enterprise(id: \"no-such-enterprise\") { name } }")
			.execute()
			.errors()
			.satisfy(GraphQlErrors.single(ErrorType.NOT_FOUND));
	}

}
