package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.industryatlas.api.BadInputException;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.region.Region;
import io.industryatlas.source.Document;

/** Loads the rules that apply where a project is and hands them to the engine. */
@Service
public class IncentiveService {

	private static final String VOCABULARY = """
			MATCH (r:IncentiveRule)
			RETURN collect(DISTINCT r.kind) AS kinds,
			       reduce(s = [], x IN collect(r.requiredRecognitions) + collect([r.upliftRecognition]) | s + x) AS recognitions,
			       collect(DISTINCT r.base) AS bases
			""";

	private static final String REGION = """
			MATCH (r:Region {code: $code}) RETURN r
			""";

	/**
	 * Where an enterprise is (its own location, else a current park's), and its recorded
	 * recognitions.
	 */
	private static final String ENTERPRISE = """
			MATCH (e:Enterprise {id: $id})
			OPTIONAL MATCH (e)-[:LOCATED_IN]->(direct:Region)
			OPTIONAL MATCH (e)-[t:TENANT_OF WHERE t.until IS NULL]->(:Park)-[:LOCATED_IN]->(viaPark:Region)
			RETURN e, coalesce(direct, viaPark) AS r,
			       [(e)-[:RECEIVED]->(a:Award) WHERE a.recognition IS NOT NULL | a.recognition] AS recognitions
			""";

	/** The rules of every document of the region or a region above it. */
	private static final String RULES = """
			MATCH (:Region {code: $region})-[:PART_OF*0..3]->(area:Region)
			MATCH (d:Document {regionCode: area.code})-[:HAS_MEASURE]->(m:Measure)-[:HAS_RULE]->(r:IncentiveRule)
			RETURN d, r
			""";

	private final Neo4jClient client;

	IncentiveService(Neo4jClient client) {
		this.client = client;
	}

	IncentiveVocabulary vocabulary() {
		return this.client.query(VOCABULARY).fetchAs(IncentiveVocabulary.class).mappedBy((types, row) -> {
			Set<String> recognitions = new TreeSet<>();
			row.get("recognitions").asList(v -> v.isNull() ? null : v.asString()).forEach(r -> {
				if (r != null) {
					recognitions.add(r);
				}
			});
			return new IncentiveVocabulary(new TreeSet<>(row.get("kinds").asList(v -> v.asString())).stream().toList(),
					List.copyOf(recognitions), ProjectValidator.BASES.stream().sorted().toList());
		}).one().orElseThrow();
	}

	IncentiveEstimate estimate(ProjectInput input) {
		IncentiveVocabulary vocabulary = vocabulary();
		Project project = ProjectValidator.validate(input, Set.copyOf(vocabulary.kinds()),
				Set.copyOf(vocabulary.recognitions()));
		Region region = this.client.query(REGION)
			.bind(project.region())
			.to("code")
			.fetchAs(Region.class)
			.mappedBy((types, row) -> Region.from(row.get("r").asNode()))
			.one()
			.orElseThrow(() -> new BadInputException("project.region",
					"project.region: no region with code '%s' in the atlas".formatted(project.region())));
		IncentiveEngine.Evaluation evaluation = IncentiveEngine.evaluate(project, rulesFor(project.region()));
		List<IncentiveEstimate.DocumentTotal> totals = evaluation.totals()
			.stream()
			.map(t -> new IncentiveEstimate.DocumentTotal(t.document(), t.inForce(), t.principle(),
					t.total().toPlainString(), t.maximum().toPlainString()))
			.toList();
		return new IncentiveEstimate(region, project.date(), evaluation.results(), totals,
				evaluation.total().toPlainString(), evaluation.maximum().toPlainString());
	}

	PolicyMatchReport policyMatches(String enterpriseId, LocalDate date) {
		record Found(Enterprise enterprise, Region region, List<String> recognitions) {
		}
		Found found = this.client.query(ENTERPRISE)
			.bind(enterpriseId)
			.to("id")
			.fetchAs(Found.class)
			.mappedBy((types, row) -> {
				var region = row.get("r");
				return new Found(Enterprise.from(row.get("e").asNode()),
						region.isNull() ? null : Region.from(region.asNode()),
						row.get("recognitions").asList(v -> v.asString()).stream().distinct().sorted().toList());
			})
			.one()
			.orElseThrow(() -> new NotFoundException("enterprise", enterpriseId));
		if (found.region() == null) {
			return new PolicyMatchReport(found.enterprise(), null, date, found.recognitions(), List.of(),
					List.of("The registry does not know where this enterprise is, so no document can be matched."));
		}
		Set<String> held = Set.copyOf(found.recognitions());
		List<PolicyMatch> matches = new ArrayList<>();
		for (IncentiveEngine.DocumentRules doc : rulesFor(found.region().code())) {
			boolean inForce = IncentiveEngine.inForce(doc.document(), date);
			doc.rules().forEach(rule -> matches.add(PolicyMatch.of(rule, inForce, held)));
		}
		matches.sort(Comparator.comparing((PolicyMatch m) -> !"QUALIFIES".equals(m.status())));
		return new PolicyMatchReport(found.enterprise(), found.region(), date, found.recognitions(), matches,
				List.of());
	}

	/**
	 * What a newly built plant of each enterprise would receive in a region: one load of
	 * the rules, then the engine per enterprise.
	 * @param recognitions the recognitions each enterprise holds, one set per enterprise
	 */
	public List<TypicalIncentive> typicalNewPlant(Region region, LocalDate date, BigDecimal investment,
			List<Set<String>> recognitions) {
		List<IncentiveEngine.DocumentRules> rules = rulesFor(region.code());
		String description = "a newly built plant (NEW_INDUSTRIALIZATION_PROJECT, NEW_BUILD) with %s yuan of fixed assets in %s on %s"
			.formatted(investment.toPlainString(), region.name(), date);
		List<TypicalIncentive> result = new ArrayList<>();
		for (Set<String> held : recognitions) {
			Project project = new Project(region.code(), date, Set.of("NEW_INDUSTRIALIZATION_PROJECT"), "NEW_BUILD",
					Map.of("fixedAssetInvestment", investment), List.of(), held);
			IncentiveEngine.Evaluation evaluation = IncentiveEngine.evaluate(project, rules);
			result.add(new TypicalIncentive(region, description, evaluation.total().toPlainString(),
					evaluation.maximum().toPlainString(),
					evaluation.results().stream().filter(RuleResult::paid).toList()));
		}
		return result;
	}

	/**
	 * The documents applying to a region with their rules, documents by date, rules in
	 * clause order.
	 */
	List<IncentiveEngine.DocumentRules> rulesFor(String region) {
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
		return documents;
	}

}
