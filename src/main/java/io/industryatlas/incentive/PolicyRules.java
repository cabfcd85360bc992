package io.industryatlas.incentive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.region.Region;
import io.industryatlas.source.Document;

/**
 * The incentive rules and regions, read from the graph once and kept in memory: they
 * change only when the seed graph is loaded, at start-up (the seeder clears the caches
 * after loading anything).
 */
@Component
class PolicyRules {

	static final String RULES_CACHE = "incentive-rules";

	static final String VOCABULARY_CACHE = "incentive-vocabulary";

	private static final String VOCABULARY = """
			MATCH (r:IncentiveRule)
			RETURN collect(DISTINCT r.kind) AS kinds,
			       reduce(s = [], x IN collect(r.requiredRecognitions) + collect([r.upliftRecognition]) | s + x) AS recognitions
			""";

	/** The rules of every document of the region or a region above it. */
	private static final String RULES = """
			MATCH (:Region {code: $region})-[:PART_OF*0..3]->(area:Region)
			MATCH (d:Document {regionCode: area.code})-[:HAS_MEASURE]->(m:Measure)-[:HAS_RULE]->(r:IncentiveRule)
			RETURN d, r
			""";

	private final Neo4jClient client;

	PolicyRules(Neo4jClient client) {
		this.client = client;
	}

	@Cacheable(VOCABULARY_CACHE)
	public IncentiveVocabulary vocabulary() {
		return this.client.query(VOCABULARY).fetchAs(IncentiveVocabulary.class).mappedBy((types, row) -> {
			Set<String> recognitions = new TreeSet<>();
			row.get("recognitions").asList(v -> v.isNull() ? "" : v.asString()).forEach(r -> {
				if (!r.isEmpty()) {
					recognitions.add(r);
				}
			});
			return new IncentiveVocabulary(new TreeSet<>(row.get("kinds").asList(v -> v.asString())).stream().toList(),
					List.copyOf(recognitions), ProjectValidator.BASES.stream().sorted().toList());
		}).one().orElseThrow();
	}

	/**
	 * The documents applying to a region with their rules, documents by id, rules in
	 * clause order.
	 */
	@Cacheable(RULES_CACHE)
	public List<IncentiveEngine.DocumentRules> rulesFor(String region) {
		record Row(Document document, String combination, IncentiveRule rule) {
		}
		Map<String, List<Row>> byDocument = new LinkedHashMap<>();
		this.client.query(RULES).bind(region).to("region").fetchAs(Row.class).mappedBy((types, row) -> {
			var node = row.get("d").asNode();
			Document document = Document.from(node);
			return new Row(document, node.get("combination").asString(null),
					IncentiveRule.from(row.get("r").asNode(), document));
		}).all().forEach(row -> byDocument.computeIfAbsent(row.document().id(), k -> new ArrayList<>()).add(row));
		List<IncentiveEngine.DocumentRules> documents = new ArrayList<>();
		byDocument.values().forEach(rows -> {
			List<IncentiveRule> rules = rows.stream()
				.map(Row::rule)
				.sorted(Comparator.comparing((IncentiveRule r) -> ClauseNumbers.key(r.source().clause()))
					.thenComparing(IncentiveRule::id))
				.toList();
			documents.add(new IncentiveEngine.DocumentRules(rows.get(0).document(), rows.get(0).combination(), rules));
		});
		documents.sort(Comparator.comparing((IncentiveEngine.DocumentRules d) -> d.document().id()));
		return List.copyOf(documents);
	}

}
