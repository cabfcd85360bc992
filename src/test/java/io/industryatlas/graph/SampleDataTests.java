package io.industryatlas.graph;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.SampleAtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated demo data: loaded only when asked, labelled as sample, never citing a
 * document.
 */
@SampleAtlasTest
class SampleDataTests {

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Driver driver;

	@Test
	void sampleEnterprisesAreGeneratedMarkedAndUncited() {
		long samples = count("MATCH (e:Enterprise:Sample) WHERE e.sample = true RETURN count(e) AS n");
		assertThat(samples).isEqualTo(300);
		assertThat(count("MATCH (:Sample)-[:CITED_IN]->() RETURN count(*) AS n")).isZero();
		assertThat(count("MATCH ()-[r]->() WHERE r.sample = true AND r.doc IS NOT NULL RETURN count(r) AS n")).isZero();
		this.graphQl.document("{ enterprise(id: \"sample-enterprise-000001\") { name sample sources { clause } } }")
			.execute()
			.path("enterprise.sample")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("enterprise.name")
			.entity(String.class)
			.satisfies(name -> assertThat(name).contains("样例数据"))
			.path("enterprise.sources")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void sampleParksAndPlatformsComeInProportionMarkedAndPlaced() {
		// one park per 200 enterprises, one platform per 250 (at least one of each)
		assertThat(count(
				"MATCH (p:Park:Sample) WHERE p.sample = true AND (p)-[:LOCATED_IN]->(:Region) RETURN count(p) AS n"))
			.isEqualTo(1);
		assertThat(count("MATCH (p:Platform:Sample) WHERE p.sample = true RETURN count(p) AS n")).isEqualTo(1);
		assertThat(count("MATCH (:Enterprise)-[t:TENANT_OF]->(:Park:Sample) RETURN count(t) AS n")).isPositive();
		this.graphQl
			.document(
					"""
							{ park(id: "sample-park-00001") { name sample region { code } tenants(first: 1) { edges { node { sample } } } }
							  platform(id: "sample-platform-00001") { name sample kind status region { code }
							    hostEnterprise { sample } supports { kind } sources { clause } } }
							""")
			.execute()
			.path("park.sample")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("park.name")
			.entity(String.class)
			.satisfies(name -> assertThat(name).contains("样例数据"))
			.path("park.region.code")
			.entity(String.class)
			.matches(code -> code.matches("\\d{6}"))
			.path("platform.sample")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("platform.status")
			.entity(String.class)
			.isEqualTo("EXISTING")
			.path("platform.region.code")
			.entity(String.class)
			.matches(code -> code.matches("\\d{6}"))
			.path("platform.hostEnterprise.sample")
			.entity(Boolean.class)
			.isEqualTo(true)
			.path("platform.supports[0].kind")
			.entity(String.class)
			.isEqualTo("CHAIN_LINK")
			.path("platform.sources")
			.entityList(Object.class)
			.hasSize(0);
	}

	@Test
	void factsCanBeListedWithoutTheSamples() {
		this.graphQl.document("{ enterprises(includeSample: false, first: 100) { edges { node { sample } } } }")
			.execute()
			.path("enterprises.edges[*].node.sample")
			.entityList(Boolean.class)
			.satisfies(flags -> assertThat(flags).isNotEmpty().containsOnly(false));
	}

	@Test
	void aBusyParkShowsItsTenantsOverTimeAndByDomain() {
		String park = this.driver.executableQuery("""
				MATCH (p:Park)<-[t:TENANT_OF]-(:Enterprise)
				WITH p, count(t) AS tenancies, count(t.until) AS ended
				WHERE ended > 0 AND tenancies > ended
				RETURN p.id AS id ORDER BY tenancies DESC, id LIMIT 1
				""").execute().records().get(0).get("id").asString();
		this.graphQl.document("""
				query($id: ID!) { park(id: $id) {
				    tenants(first: 100) { edges { node { enterprise { id } until sample } } }
				    tenancyHistory(first: 100) { edges { node { since until } } }
				    tenantsByDomain { domain { id } count } } }
				""")
			.variable("id", park)
			.execute()
			.path("park.tenants.edges[*].node.until")
			.entityList(Object.class)
			.satisfies(untils -> assertThat(untils).isNotEmpty().containsOnlyNulls())
			.path("park.tenancyHistory.edges[*].node.until")
			.entityList(Object.class)
			.satisfies(untils -> assertThat(untils).containsNull().anySatisfy(until -> assertThat(until).isNotNull()))
			.path("park.tenantsByDomain[*].count")
			.entityList(Integer.class)
			.satisfies(counts -> assertThat(counts).isNotEmpty().isSortedAccordingTo((a, b) -> b - a));
	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

}
