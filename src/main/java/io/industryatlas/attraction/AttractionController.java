package io.industryatlas.attraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.BadInputException;
import io.industryatlas.api.Keys;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Page;
import io.industryatlas.api.Pages;
import io.industryatlas.chain.Area;
import io.industryatlas.chain.ChainLink;
import io.industryatlas.chain.Chains;
import io.industryatlas.cluster.ClusterMember;
import io.industryatlas.cluster.Clusters;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.incentive.IncentiveService;
import io.industryatlas.incentive.TypicalIncentive;
import io.industryatlas.region.Region;
import io.industryatlas.region.Regions;

/** Ranked attraction targets for an area's chain gaps. */
@Controller
class AttractionController {

	/**
	 * Points per gap link covered, for leading the chain, per recognition, per national
	 * one, for a document's role.
	 */
	static final int GAP_POINTS = 10;

	static final int LEADER_POINTS = 20;

	static final int AWARD_POINTS = 3;

	static final int NATIONAL_AWARD_POINTS = 2;

	static final int ROLE_POINTS = 5;

	/**
	 * The gap links from the stored counts of local enterprises (see CoverageCounts),
	 * then the enterprises outside the area covering them, scored.
	 */
	private static final String TARGETS = Area.AREA_REGIONS + Area.AREA_NODE
			+ """
					MATCH (ch:Chain {id: $chain})-[:HAS_LINK]->(l:ChainLink)
					WITH area, ch, l, %2$s AS local
					WITH area, ch, [x IN collect(CASE WHEN local < $minEnterprises THEN l END) WHERE x IS NOT NULL] AS gaps
					UNWIND gaps AS gap
					MATCH (e:Enterprise)-[:COVERS]->(gap)
					WHERE NOT %1$s
					WITH ch, e, collect(DISTINCT gap) AS filled
					WITH ch, e, filled,
					     EXISTS { (e)-[:LEADS]->(ch) } AS leader,
					     COUNT { (e)-[:RECEIVED]->(:Award) } AS awards,
					     COUNT { (e)-[:RECEIVED]->(a:Award) WHERE a.level = 'NATIONAL' } AS nationalAwards,
					     [(e)-[:RECEIVED]->(a:Award) WHERE a.recognition IS NOT NULL | a.recognition] AS recognitions,
					     [(e)-[c:CITED_IN]->(:Document) WHERE c.role IN ['LEADING', 'KEY'] | c.role + ' (' + c.clause + ')'] AS roles
					WITH e, filled, leader, awards, nationalAwards, recognitions, roles,
					     size(filled) * $gapPoints + CASE WHEN leader THEN $leaderPoints ELSE 0 END
					     + awards * $awardPoints + nationalAwards * $nationalPoints
					     + CASE WHEN size(roles) > 0 THEN $rolePoints ELSE 0 END AS score
					RETURN e, filled, leader, awards, nationalAwards, recognitions, roles, score
					ORDER BY score DESC, coalesce(e.sample, false), e.name, e.id SKIP $skip LIMIT $fetch
					"""
				.formatted(Area.IS_LOCAL, Area.LOCAL_COUNT.strip());

	/** Ten trillion yuan, as for estimates. */
	private static final BigDecimal ABSURD = new BigDecimal("10000000000000");

	private final Neo4jClient client;

	private final Pages pages;

	private final IncentiveService incentives;

	private final Chains chains;

	private final Regions regions;

	private final Clusters clusters;

	AttractionController(Neo4jClient client, Pages pages, IncentiveService incentives, Chains chains, Regions regions,
			Clusters clusters) {
		this.client = client;
		this.pages = pages;
		this.incentives = incentives;
		this.chains = chains;
		this.regions = regions;
		this.clusters = clusters;
	}

	@QueryMapping
	Window<AttractionTarget> attractionTargets(@Argument String chain, @Argument @Nullable String region,
			@Argument @Nullable String cluster, @Argument int minEnterprises, @Argument String typicalInvestment,
			@Argument @Nullable LocalDate date, ScrollSubrange subrange) {
		Keys.slug("chain", chain);
		Area area = Area.exactlyOne(region, cluster);
		Area.checkMinEnterprises(minEnterprises);
		BigDecimal investment = investment(typicalInvestment);
		Page page = this.pages.of(subrange);
		Region estimateRegion = estimateRegion(chain, region, cluster);
		Map<String, Object> parameters = new HashMap<>(area.parameters());
		parameters.putAll(page.parameters());
		parameters.put("chain", chain);
		parameters.put("minEnterprises", minEnterprises);
		parameters.put("gapPoints", GAP_POINTS);
		parameters.put("leaderPoints", LEADER_POINTS);
		parameters.put("awardPoints", AWARD_POINTS);
		parameters.put("nationalPoints", NATIONAL_AWARD_POINTS);
		parameters.put("rolePoints", ROLE_POINTS);
		List<Record> rows = List.copyOf(this.client.query(TARGETS)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, row) -> row)
			.all());
		List<Set<String>> recognitions = rows.stream()
			.map(row -> (Set<String>) new LinkedHashSet<>(row.get("recognitions").asList(v -> v.asString())))
			.toList();
		List<TypicalIncentive> estimates = this.incentives.typicalNewPlant(estimateRegion,
				(date != null) ? date : LocalDate.now(), investment, recognitions);
		List<AttractionTarget> targets = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			targets.add(target(rows.get(i), estimates.get(i)));
		}
		return page.window(targets);
	}

	private static AttractionTarget target(Record row, TypicalIncentive incentive) {
		List<ChainLink> filled = row.get("filled").asList(v -> ChainLink.from(v.asNode()));
		List<AttractionTarget.ScoreComponent> scoring = new ArrayList<>();
		scoring.add(new AttractionTarget.ScoreComponent("GAP_COVERAGE", filled.size() * GAP_POINTS,
				"covers %d gap link(s): %s".formatted(filled.size(),
						String.join(", ", filled.stream().map(ChainLink::name).toList()))));
		if (row.get("leader").asBoolean()) {
			scoring.add(new AttractionTarget.ScoreComponent("CHAIN_LEADER", LEADER_POINTS, "leads this chain (链主)"));
		}
		int awards = row.get("awards").asInt();
		int national = row.get("nationalAwards").asInt();
		if (awards > 0) {
			scoring.add(new AttractionTarget.ScoreComponent("RECOGNITIONS",
					awards * AWARD_POINTS + national * NATIONAL_AWARD_POINTS,
					"%d recognition(s), %d national".formatted(awards, national)));
		}
		List<String> roles = row.get("roles").asList(v -> v.asString());
		if (!roles.isEmpty()) {
			scoring.add(new AttractionTarget.ScoreComponent("DOCUMENT_ROLE", ROLE_POINTS,
					"named by a policy document as " + String.join(", ", roles)));
		}
		return new AttractionTarget(Enterprise.from(row.get("e").asNode()), row.get("score").asInt(), scoring, filled,
				incentive);
	}

	/**
	 * The region the typical project's incentives are estimated for: the region, or the
	 * cluster's first member by code. Read from the in-memory catalogues (chains, regions
	 * and clusters come only from the seed), so the request costs one query.
	 */
	private Region estimateRegion(String chain, @Nullable String region, @Nullable String cluster) {
		if (this.chains.catalogue().chain(chain).isEmpty()) {
			throw new NotFoundException("chain", chain);
		}
		if (region != null) {
			return this.regions.tree().region(region).orElseThrow(() -> new NotFoundException("region", region));
		}
		return this.clusters.catalogue()
			.members(Objects.requireNonNull(cluster))
			.stream()
			.map(ClusterMember::region)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("cluster", cluster));
	}

	private static BigDecimal investment(String text) {
		try {
			BigDecimal value = new BigDecimal(text.strip());
			if (value.signum() < 0 || value.compareTo(ABSURD) > 0 || value.scale() > 2) {
				throw new BadInputException("typicalInvestment",
						"'typicalInvestment' must be between 0 and 10 trillion yuan with at most two decimals, got "
								+ text);
			}
			return value;
		}
		catch (NumberFormatException ex) {
			throw new BadInputException("typicalInvestment",
					"'typicalInvestment' must be a decimal number of yuan, got '%s'".formatted(text));
		}
	}

}
