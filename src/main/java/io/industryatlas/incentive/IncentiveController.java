package io.industryatlas.incentive;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Batches;
import io.industryatlas.api.Keys;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.source.Document;

/** Policy measures, incentive rules and estimates. */
@Controller
class IncentiveController {

	private static final String MEASURES = """
			MATCH (d:Document {id: $id})
			OPTIONAL MATCH (d)-[:HAS_MEASURE]->(m:Measure)
			RETURN d, collect(m) AS measures
			""";

	private static final String MEASURE_RULES = """
			MATCH (d:Document)-[:HAS_MEASURE]->(m:Measure)-[:HAS_RULE]->(r:IncentiveRule) WHERE m.id IN $keys
			RETURN m.id AS key, d, r ORDER BY r.id
			""";

	private static final String RULE = """
			MATCH (d:Document)-[:HAS_MEASURE]->(:Measure)-[:HAS_RULE]->(r:IncentiveRule {id: $id})
			RETURN d, r
			""";

	private final Neo4jClient client;

	private final IncentiveService incentives;

	IncentiveController(Neo4jClient client, IncentiveService incentives) {
		this.client = client;
		this.incentives = incentives;
	}

	@QueryMapping
	List<Measure> measures(@Argument String document) {
		record Found(Document document, List<Measure> measures) {
		}
		Found found = this.client.query(MEASURES)
			.bind(Keys.slug("document", document))
			.to("id")
			.fetchAs(Found.class)
			.mappedBy((types, row) -> {
				Document doc = Document.from(row.get("d").asNode());
				return new Found(doc, row.get("measures").asList(m -> Measure.from(m.asNode(), doc)));
			})
			.one()
			.orElseThrow(() -> new NotFoundException("document", document));
		return found.measures()
			.stream()
			.sorted(Comparator.comparing((Measure m) -> ClauseNumbers.key(m.clause())))
			.toList();
	}

	@BatchMapping
	Map<Measure, List<IncentiveRule>> rules(List<Measure> measures) {
		return Batches.lists(this.client, MEASURE_RULES, measures, Measure::id,
				row -> IncentiveRule.from(row.get("r").asNode(), Document.from(row.get("d").asNode())));
	}

	@QueryMapping
	IncentiveRule incentiveRule(@Argument String id) {
		return this.client.query(RULE)
			.bind(id)
			.to("id")
			.fetchAs(IncentiveRule.class)
			.mappedBy((types, row) -> IncentiveRule.from(row.get("r").asNode(), Document.from(row.get("d").asNode())))
			.one()
			.orElseThrow(() -> new NotFoundException("incentive rule", id));
	}

	@QueryMapping
	IncentiveVocabulary incentiveVocabulary() {
		return this.incentives.vocabulary();
	}

	@QueryMapping
	IncentiveEstimate incentiveEstimate(@Argument ProjectInput project) {
		return this.incentives.estimate(project);
	}

	@QueryMapping
	PolicyMatchReport policyMatches(@Argument String enterprise, @Argument @Nullable LocalDate date) {
		return this.incentives.policyMatches(Keys.slug("enterprise", enterprise),
				(date != null) ? date : LocalDate.now());
	}

	@SchemaMapping
	List<RuleResult> results(IncentiveEstimate estimate, @Argument boolean eligibleOnly) {
		return eligibleOnly ? estimate.results().stream().filter(RuleResult::eligible).toList() : estimate.results();
	}

}
