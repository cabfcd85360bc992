package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;

import io.industryatlas.api.BadInputException;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.region.Region;
import io.industryatlas.region.Regions;

/**
 * Validates what is asked, finds the rules that apply where a project is and hands them
 * to the engine.
 */
@Service
public class IncentiveService {

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

	private final Neo4jClient client;

	private final PolicyRules rules;

	private final Regions regions;

	IncentiveService(Neo4jClient client, PolicyRules rules, Regions regions) {
		this.regions = regions;
		this.client = client;
		this.rules = rules;
	}

	IncentiveVocabulary vocabulary() {
		return this.rules.vocabulary();
	}

	IncentiveEstimate estimate(ProjectInput input) {
		IncentiveVocabulary vocabulary = vocabulary();
		Project project = ProjectValidator.validate(input, Set.copyOf(vocabulary.kinds()),
				Set.copyOf(vocabulary.recognitions()));
		Region region = this.regions.tree()
			.region(project.region())
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

	List<IncentiveEngine.DocumentRules> rulesFor(String region) {
		return this.rules.rulesFor(region);
	}

}
