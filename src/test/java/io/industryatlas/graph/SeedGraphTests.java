package io.industryatlas.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

import org.springframework.beans.factory.annotation.Autowired;

import io.industryatlas.AtlasTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The seed graph against its sources, and the seed loading itself. */
@AtlasTest
class SeedGraphTests {

	private static final List<String> FACT_LABELS = List.of("Cluster", "Park", "Enterprise", "Institution", "Platform",
			"Award", "Domain", "Direction", "Chain", "ChainLink", "Measure", "IncentiveRule");

	@Autowired
	Driver driver;

	@Autowired
	GraphSeeder seeder;

	@Test
	void queriesNamingWhatOnlyLaterDataCarriesRaiseNoWarningOnTheSeedGraph() {
		// The seed has no tenancies, awards or stored park counts; the API's queries name
		// them all the same, and Neo4j would warn about every such query.
		var summary = this.driver.executableQuery("""
				MATCH (e:Enterprise)-[t:TENANT_OF]->(p:Park)-[c:TENANTS_IN_DOMAIN]->(:Domain)
				WHERE t.since IS NOT NULL OR t.until IS NOT NULL OR t.sample OR c.tenants > 0
				   OR p.tenantsWithoutDomain > 0
				OPTIONAL MATCH (e)-[:RECEIVED]->(a:Award)-[:GRANTED_UNDER]->(:Measure)<-[:SUPERSEDES]-(:Measure)
				WHERE a.awardedOn IS NOT NULL OR a.recognition IS NOT NULL OR a.year > 0
				RETURN count(*) AS n
				""").execute().summary();
		assertThat(summary.notifications()).extracting(notification -> notification.description()).isEmpty();
	}

	@Test
	void everyQuoteStandsVerbatimInItsDocument() throws IOException {
		List<Record> quotes = this.driver.executableQuery("""
				MATCH (x)-[c:CITED_IN]->(d:Document) RETURN d.file AS file, c.quote AS quote, 'CITED_IN' AS via
				UNION ALL
				MATCH ()-[r]->() WHERE r.doc IS NOT NULL
				MATCH (d:Document {id: r.doc})
				RETURN d.file AS file, r.quote AS quote, type(r) AS via
				""").execute().records();
		assertThat(quotes).hasSizeGreaterThan(100);
		Map<String, String> texts = new java.util.HashMap<>();
		for (Record row : quotes) {
			String file = row.get("file").asString();
			String text = texts.computeIfAbsent(file, SeedGraphTests::withoutWhiteSpace);
			String quote = row.get("quote").asString(null);
			assertThat(quote).as("%s quote in %s", row.get("via").asString(), file).isNotBlank();
			assertThat(text).as("%s quote in %s", row.get("via").asString(), file).contains(strip(quote));
		}
	}

	@Test
	void everyFactNodeCitesADocumentAndNoneCitesTheEnglishSummary() {
		for (String label : FACT_LABELS) {
			List<String> uncited = this.driver
				.executableQuery("MATCH (n) WHERE $label IN labels(n) AND NOT n:Sample "
						+ "AND NOT EXISTS { (n)-[:CITED_IN]->(:Document) } RETURN n.id AS id")
				.withParameters(Map.of("label", label))
				.execute()
				.records()
				.stream()
				.map(r -> r.get("id").asString())
				.toList();
			assertThat(uncited).as("%s nodes without a source", label).isEmpty();
		}
		long summaryCitations = this.driver
			.executableQuery("MATCH ()-[:CITED_IN]->(:Document {status: 'SUMMARY'}) RETURN count(*) AS n")
			.execute()
			.records()
			.get(0)
			.get("n")
			.asLong();
		assertThat(summaryCitations).isZero();
	}

	@Test
	void everySourcedRelationshipNamesAKnownDocumentAndClause() {
		long dangling = this.driver.executableQuery("""
				MATCH ()-[r]->() WHERE r.doc IS NOT NULL
				  AND (NOT EXISTS { MATCH (d:Document {id: r.doc}) } OR r.clause IS NULL)
				RETURN count(r) AS n
				""").execute().records().get(0).get("n").asLong();
		assertThat(dangling).isZero();
	}

	@Test
	void runningTheSeedAgainChangesNothing() {
		List<String> fingerprint = fingerprint();
		this.driver.executableQuery("MATCH (f:SeedFile) DETACH DELETE f").execute();
		this.seeder.seed();
		assertThat(fingerprint()).isEqualTo(fingerprint);
	}

	/**
	 * Every node (labels, properties) and relationship (ends, type, properties), sorted;
	 * the seeder's own bookkeeping (which files ran, the data stamp) aside.
	 */
	private List<String> fingerprint() {
		return this.driver.executableQuery("""
				MATCH (n) WHERE NOT n:SeedFile AND NOT n:DataVersion
				RETURN labels(n) AS labels, properties(n) AS properties
				UNION ALL
				MATCH (a)-[r]->(b)
				RETURN [coalesce(a.id, a.code), type(r), coalesce(b.id, b.code)] AS labels, properties(r) AS properties
				""")
			.execute()
			.records()
			.stream()
			.map(r -> r.get("labels").asList().toString() + new java.util.TreeMap<>(r.get("properties").asMap()))
			.sorted()
			.toList();
	}

	private static String withoutWhiteSpace(String file) {
		try {
			return strip(Files.readString(Path.of("graph-seed/sources", file), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String strip(String text) {
		return text.replaceAll("\\s+", "");
	}

}
