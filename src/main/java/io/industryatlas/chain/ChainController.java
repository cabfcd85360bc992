package io.industryatlas.chain;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Record;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Keys;
import io.industryatlas.api.BadInputException;
import io.industryatlas.api.Batches;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Page;
import io.industryatlas.api.PageKey;
import io.industryatlas.api.PagedLoaders;
import io.industryatlas.api.Pages;
import io.industryatlas.cluster.Cluster;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.park.Park;
import io.industryatlas.platform.Platform;
import io.industryatlas.region.Region;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Domains, chains and their links, coverage by enterprises, and an area's chain gaps. */
@Controller
class ChainController {

	private static final String DOMAIN_DIRECTIONS = """
			MATCH (x:Direction)-[:IN_DOMAIN]->(d:Domain) WHERE d.id IN $keys
			RETURN d.id AS key, x ORDER BY x.name
			""";

	private static final String DOMAIN_CHAINS = """
			MATCH (c:Chain)-[:IN_DOMAIN]->(d:Domain) WHERE d.id IN $keys
			RETURN d.id AS key, c ORDER BY c.name
			""";

	private static final String CHAIN_LEADERS = """
			MATCH (e:Enterprise)-[:LEADS]->(c:Chain) WHERE c.id IN $keys
			RETURN c.id AS key, e ORDER BY e.name
			""";

	private static final String LINK_PARKS = """
			MATCH (p:Park)-[:SUPPORTS]->(l:ChainLink) WHERE l.id IN $keys
			RETURN l.id AS key, p ORDER BY p.name
			""";

	private static final String LINK_SUPPORTERS = """
			MATCH (x)-[:SUPPORTS]->(l:ChainLink) WHERE l.id IN $keys AND (x:Park OR x:Platform OR x:Institution)
			RETURN l.id AS key, CASE WHEN x:Park THEN 'PARK' WHEN x:Platform THEN 'PLATFORM' ELSE 'INSTITUTION' END AS kind,
			       x.id AS id, x.name AS name
			ORDER BY key, kind, name
			""";

	private static final String ENTERPRISE_LINKS = """
			MATCH (e:Enterprise)-[:COVERS]->(l:ChainLink) WHERE e.id IN $keys
			RETURN e.id AS key, l ORDER BY l.id
			""";

	private static final String ENTERPRISE_LEADS = """
			MATCH (e:Enterprise)-[:LEADS]->(c:Chain) WHERE e.id IN $keys
			RETURN e.id AS key, c ORDER BY c.name
			""";

	/** What a park or platform serves: SUPPORTS, and for parks also FOCUSES_ON. */
	private static final String SUPPORTS = """
			MATCH (x:%s)-[s:SUPPORTS|FOCUSES_ON]->(t) WHERE x.id IN $keys
			WITH x, s, t, [label IN labels(t) WHERE label IN ['ChainLink', 'Chain', 'Domain', 'Direction']][0] AS label
			WHERE label IS NOT NULL
			OPTIONAL MATCH (d:Document {id: s.doc})
			RETURN x.id AS key, label, t.id AS id, t.name AS name,
			       {document: d, clause: s.clause, quote: s.quote} AS source
			ORDER BY key, label, name
			""";

	/**
	 * The chain, the area's region or cluster, and each link with its stored count of
	 * local enterprises (see CoverageCounts), in one round trip.
	 */
	private static final String CHAIN_GAPS = """
			OPTIONAL MATCH (chain:Chain {id: $chain})
			%s
			CALL (chain, areaNode) {
			  MATCH (chain)-[:HAS_LINK]->(l:ChainLink)
			  WITH l, %s AS local ORDER BY l.position, l.id
			  RETURN collect({link: l, local: local}) AS links
			}
			RETURN chain, areaRegion, areaCluster, links
			""".formatted(Area.AREA_NODE.strip(), Area.LOCAL_COUNT.strip());

	/**
	 * A page of each link's enterprises, in an area or everywhere. The plan per link (see
	 * {@link Area#enterprisePage}) weighs the index walk, about
	 * {@code (skip + fetch) * total / matches} entries read, against reading every
	 * coverer of the link; the area's matches are the stored local count (see
	 * CoverageCounts), exact.
	 */
	private static final String LINK_ENTERPRISES = Area.AREA_REGIONS + """
			CALL () { MATCH (x:Enterprise) RETURN count(x) AS total }
			OPTIONAL MATCH (c:Cluster {id: $cluster})
			OPTIONAL MATCH (areaRegion:Region {code: $region})
			WITH area, c, total, coalesce(areaRegion, c) AS areaNode, $region IS NULL AND $cluster IS NULL AS everywhere
			UNWIND $keys AS key
			MATCH (l:ChainLink {id: key})
			WITH key, l, area, c, total, everywhere, COUNT { (l)<-[:COVERS]-() } AS coverers, %s AS local
			WITH key, l, area, c, everywhere,
			     CASE WHEN everywhere THEN coverers ELSE local END * coverers > ($skip + $fetch) * total AS walk
			%s
			RETURN key, items
			""".formatted(Area.LOCAL_COUNT.strip(),
			Area.enterprisePage("l, area, c, everywhere",
					"EXISTS { (e)-[:COVERS]->(l) } AND (everywhere OR %s)".formatted(Area.IN_AREA),
					"MATCH (e:Enterprise)-[:COVERS]->(l) WHERE everywhere OR %s RETURN e".formatted(Area.IN_AREA)));

	/**
	 * Enterprises outside the area covering a link: chain leaders first, then by
	 * recognitions, facts before samples.
	 */
	private static final String CANDIDATES = Area.AREA_REGIONS
			+ """
					UNWIND $keys AS key
					MATCH (l:ChainLink {id: key})
					CALL (l, area) {
					  MATCH (e:Enterprise)-[:COVERS]->(l)
					  WHERE NOT %s
					  WITH DISTINCT e
					  WITH e, EXISTS { (e)-[:LEADS]->(:Chain {id: $chain}) } AS leader, COUNT { (e)-[:RECEIVED]->(:Award) } AS awards
					  ORDER BY leader DESC, awards DESC, coalesce(e.sample, false), e.name, e.id SKIP $skip LIMIT $fetch
					  RETURN collect(e) AS items
					}
					RETURN key, items
					"""
				.formatted(Area.IS_LOCAL);

	private final Neo4jClient client;

	private final Pages pages;

	private final Sources sources;

	private final Chains chains;

	ChainController(Neo4jClient client, Pages pages, Sources sources, Chains chains, BatchLoaderRegistry registry) {
		this.client = client;
		this.chains = chains;
		this.pages = pages;
		this.sources = sources;
		PagedLoaders.register(registry, "linkEnterprises", client, LINK_ENTERPRISES, v -> Enterprise.from(v.asNode()));
		PagedLoaders.register(registry, "gapCandidates", client, CANDIDATES, v -> Enterprise.from(v.asNode()));
	}

	@QueryMapping
	List<Domain> domains() {
		return this.chains.catalogue().allDomains();
	}

	@QueryMapping
	Window<Chain> chains(@Argument @Nullable String domain, ScrollSubrange subrange) {
		Page page = this.pages.of(subrange);
		Chains.Catalogue catalogue = this.chains.catalogue();
		return page.window(catalogue.all()
			.stream()
			.filter(chain -> domain == null || catalogue.inDomain(chain.id(), domain))
			.skip(page.skip())
			.limit(page.size() + 1L)
			.toList());
	}

	@QueryMapping
	Chain chain(@Argument String id) {
		Keys.slug("id", id);
		return this.chains.catalogue().chain(id).orElseThrow(() -> new NotFoundException("chain", id));
	}

	@QueryMapping
	ChainLink chainLink(@Argument String id) {
		Keys.slug("id", id);
		return this.chains.catalogue().link(id).orElseThrow(() -> new NotFoundException("chain link", id));
	}

	@QueryMapping
	ChainGapReport chainGaps(@Argument("chain") String chainId, @Argument @Nullable String region,
			@Argument @Nullable String cluster, @Argument int minEnterprises) {
		Area area = Area.exactlyOne(region, cluster);
		Area.checkMinEnterprises(minEnterprises);
		Keys.slug("chain", chainId);
		Map<String, Object> parameters = area.parameters();
		parameters.put("chain", chainId);
		Record row = this.client.query(CHAIN_GAPS)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, r) -> r)
			.one()
			.orElseThrow();
		if (row.get("chain").isNull()) {
			throw new NotFoundException("chain", chainId);
		}
		if (region != null && row.get("areaRegion").isNull()) {
			throw new NotFoundException("region", region);
		}
		if (cluster != null && row.get("areaCluster").isNull()) {
			throw new NotFoundException("cluster", cluster);
		}
		Chain chain = Chain.from(row.get("chain").asNode());
		Region areaRegion = (region != null) ? Region.from(row.get("areaRegion").asNode()) : null;
		Cluster areaCluster = (cluster != null) ? Cluster.from(row.get("areaCluster").asNode()) : null;
		List<LinkCoverage> links = row.get("links").asList(link -> {
			int local = link.get("local").asInt();
			return new LinkCoverage(ChainLink.from(link.get("link").asNode()), local, local < minEnterprises, area,
					chainId);
		});
		return new ChainGapReport(chain, areaRegion, areaCluster, minEnterprises, links);
	}

	@SchemaMapping(typeName = "LinkCoverage")
	CompletableFuture<Window<Enterprise>> candidates(LinkCoverage coverage, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Enterprise>> gapCandidates) {
		Map<String, Object> filter = coverage.area().parameters();
		filter.put("chain", coverage.chainId());
		return gapCandidates.load(new PageKey<>(coverage.link().id(), this.pages.of(subrange), filter));
	}

	@SchemaMapping(typeName = "ChainLink")
	CompletableFuture<Window<Enterprise>> enterprises(ChainLink link, @Argument @Nullable String region,
			@Argument @Nullable String cluster, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Enterprise>> linkEnterprises) {
		if (region != null && cluster != null) {
			throw new BadInputException("cluster", "Give at most one of 'region' and 'cluster'");
		}
		if (region != null) {
			Keys.regionCode("region", region);
		}
		if (cluster != null) {
			Keys.slug("cluster", cluster);
		}
		return linkEnterprises
			.load(new PageKey<>(link.id(), this.pages.of(subrange), new Area(region, cluster).parameters()));
	}

	@BatchMapping
	Map<Domain, List<Direction>> directions(List<Domain> domains) {
		return Batches.lists(this.client, DOMAIN_DIRECTIONS, domains, Domain::id,
				row -> Direction.from(row.get("x").asNode()));
	}

	@BatchMapping(typeName = "Domain", field = "chains")
	Map<Domain, List<Chain>> domainChains(List<Domain> domains) {
		return Batches.lists(this.client, DOMAIN_CHAINS, domains, Domain::id, row -> Chain.from(row.get("c").asNode()));
	}

	@BatchMapping(typeName = "Domain", field = "sources")
	Map<Domain, List<Source>> domainSources(List<Domain> domains) {
		return this.sources.of(EntityKind.DOMAIN, domains, Domain::id);
	}

	@BatchMapping(typeName = "Direction", field = "sources")
	Map<Direction, List<Source>> directionSources(List<Direction> directions) {
		return this.sources.of(EntityKind.DIRECTION, directions, Direction::id);
	}

	@SchemaMapping(typeName = "Chain", field = "domain")
	@Nullable Domain chainDomain(Chain chain) {
		return this.chains.catalogue().domain(chain.id()).orElse(null);
	}

	@SchemaMapping
	List<ChainLink> links(Chain chain) {
		return this.chains.catalogue().links(chain.id());
	}

	@BatchMapping
	Map<Chain, List<Enterprise>> leaders(List<Chain> chains) {
		return Batches.lists(this.client, CHAIN_LEADERS, chains, Chain::id,
				row -> Enterprise.from(row.get("e").asNode()));
	}

	@BatchMapping(typeName = "Chain", field = "sources")
	Map<Chain, List<Source>> chainSources(List<Chain> chains) {
		return this.sources.of(EntityKind.CHAIN, chains, Chain::id);
	}

	@SchemaMapping(typeName = "ChainLink", field = "chain")
	Chain linkChain(ChainLink link) {
		return this.chains.catalogue().chainOfLink().get(link.id());
	}

	@BatchMapping(typeName = "ChainLink", field = "parks")
	Map<ChainLink, List<Park>> linkParks(List<ChainLink> links) {
		return Batches.lists(this.client, LINK_PARKS, links, ChainLink::id, row -> Park.from(row.get("p").asNode()));
	}

	@BatchMapping
	Map<ChainLink, List<Supporter>> supporters(List<ChainLink> links) {
		return Batches.lists(this.client, LINK_SUPPORTERS, links, ChainLink::id,
				row -> new Supporter(row.get("kind").asString(), row.get("id").asString(), row.get("name").asString()));
	}

	@BatchMapping(typeName = "ChainLink", field = "sources")
	Map<ChainLink, List<Source>> linkSources(List<ChainLink> links) {
		return this.sources.of(EntityKind.CHAIN_LINK, links, ChainLink::id);
	}

	@BatchMapping(typeName = "Enterprise", field = "chainLinks")
	Map<Enterprise, List<ChainLink>> enterpriseLinks(List<Enterprise> enterprises) {
		return Batches.lists(this.client, ENTERPRISE_LINKS, enterprises, Enterprise::id,
				row -> ChainLink.from(row.get("l").asNode()));
	}

	@BatchMapping(typeName = "Enterprise", field = "leads")
	Map<Enterprise, List<Chain>> enterpriseLeads(List<Enterprise> enterprises) {
		return Batches.lists(this.client, ENTERPRISE_LEADS, enterprises, Enterprise::id,
				row -> Chain.from(row.get("c").asNode()));
	}

	@BatchMapping(typeName = "Park", field = "supports")
	Map<Park, List<Focus>> parkSupports(List<Park> parks) {
		return Batches.lists(this.client, SUPPORTS.formatted("Park"), parks, Park::id, ChainController::focus);
	}

	@BatchMapping(typeName = "Platform", field = "supports")
	Map<Platform, List<Focus>> platformSupports(List<Platform> platforms) {
		return Batches.lists(this.client, SUPPORTS.formatted("Platform"), platforms, Platform::id,
				ChainController::focus);
	}

	private static Focus focus(Record row) {
		String kind = switch (row.get("label").asString()) {
			case "ChainLink" -> "CHAIN_LINK";
			case "Chain" -> "CHAIN";
			case "Domain" -> "DOMAIN";
			default -> "DIRECTION";
		};
		return new Focus(kind, row.get("id").asString(), row.get("name").asString(), Source.from(row.get("source")));
	}

}
