package io.industryatlas.graph;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
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

	@Test
	void everyParksTenantsByDomainAgreeWithCountingThroughTheChains() {
		// The API reads the domains of the links' chains from the chain catalogue; this
		// counts through the graph, two hops per link covered.
		Map<String, List<String>> expected = new TreeMap<>();
		this.driver.executableQuery("""
				MATCH (p:Park) WHERE EXISTS { (p)<-[t:TENANT_OF WHERE t.until IS NULL]-(:Enterprise) }
				CALL (p) {
				  MATCH (e:Enterprise)-[t:TENANT_OF WHERE t.until IS NULL]->(p)
				  CALL (e) {
				    OPTIONAL MATCH (e)-[:FOCUSES_ON]->(d:Domain) RETURN d
				    UNION
				    OPTIONAL MATCH (e)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Chain)-[:IN_DOMAIN]->(d:Domain) RETURN d
				  }
				  WITH e, collect(d) AS domains
				  UNWIND CASE WHEN domains = [] THEN [null] ELSE domains END AS d
				  WITH d, count(DISTINCT e) AS n ORDER BY n DESC, d.id
				  RETURN collect(coalesce(d.id, '-') + '=' + n) AS counts
				}
				RETURN p.id AS id, counts
				""")
			.execute()
			.records()
			.forEach(row -> expected.put(row.get("id").asString(),
					row.get("counts").asList(org.neo4j.driver.Value::asString)));
		assertThat(expected).hasSizeGreaterThan(1);
		Map<String, List<String>> answered = new TreeMap<>();
		this.graphQl.document("{ parks(first: 100) { edges { node { id tenantsByDomain { domain { id } count } } } } }")
			.execute()
			.path("parks.edges[*].node")
			.entityList(ParkCounts.class)
			.get()
			.stream()
			.filter(park -> !park.tenantsByDomain().isEmpty())
			.forEach(park -> answered.put(park.id(),
					park.tenantsByDomain()
						.stream()
						.map(count -> ((count.domain() != null) ? count.domain().id() : "-") + "=" + count.count())
						.toList()));
		assertThat(answered).isEqualTo(expected);
	}

	record ParkCounts(String id, List<DomainCount> tenantsByDomain) {

		record DomainCount(@Nullable Id domain, int count) {
		}

		record Id(String id) {
		}

	}

	private long count(String query) {
		return this.driver.executableQuery(query).execute().records().get(0).get("n").asLong();
	}

}
