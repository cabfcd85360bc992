package io.industryatlas.chain;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The domains and industry chains with their links, read with two queries and kept in
 * memory: they come only from the seed graph (no mutation writes {@code :Domain},
 * {@code :Chain}, {@code :ChainLink}, {@code HAS_LINK} or a chain's {@code IN_DOMAIN}),
 * so they change only when the seed is loaded, and the seeder clears the caches after
 * loading anything. Which enterprises cover or lead a chain is data, and is always
 * queried.
 */
@Component
public class Chains {

	static final String CACHE = "chains";

	private static final String ALL = """
			MATCH (c:Chain)
			CALL (c) {
			  OPTIONAL MATCH (c)-[:HAS_LINK]->(l:ChainLink)
			  WITH l ORDER BY l.position, l.id
			  RETURN collect(l) AS links
			}
			CALL (c) {
			  OPTIONAL MATCH (c)-[:IN_DOMAIN]->(d:Domain)
			  WITH d ORDER BY d.id
			  RETURN collect(d) AS domains
			}
			RETURN c, links, domains ORDER BY c.name, c.id
			""";

	private static final String DOMAINS = """
			MATCH (d:Domain) RETURN d ORDER BY d.column, d.id
			""";

	private final Neo4jClient client;

	Chains(Neo4jClient client) {
		this.client = client;
	}

	/** Every domain, and every chain with its links and domain. */
	@Cacheable(CACHE)
	public Catalogue catalogue() {
		List<Domain> allDomains = List.copyOf(this.client.query(DOMAINS)
			.fetchAs(Domain.class)
			.mappedBy((types, row) -> Domain.from(row.get("d").asNode()))
			.all());
		record Row(Chain chain, List<ChainLink> links, List<Domain> domains) {
		}
		Map<String, Chain> byId = new LinkedHashMap<>();
		Map<String, List<ChainLink>> links = new HashMap<>();
		Map<String, List<Domain>> domains = new HashMap<>();
		Map<String, ChainLink> linksById = new HashMap<>();
		Map<String, Chain> chainOfLink = new HashMap<>();
		this.client.query(ALL)
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(Chain.from(row.get("c").asNode()),
					row.get("links").asList(link -> ChainLink.from(link.asNode())),
					row.get("domains").asList(domain -> Domain.from(domain.asNode()))))
			.all()
			.forEach(row -> {
				byId.put(row.chain().id(), row.chain());
				links.put(row.chain().id(), List.copyOf(row.links()));
				domains.put(row.chain().id(), List.copyOf(row.domains()));
				row.links().forEach(link -> {
					linksById.put(link.id(), link);
					chainOfLink.put(link.id(), row.chain());
				});
			});
		Map<String, Domain> domainsById = new HashMap<>();
		allDomains.forEach(domain -> domainsById.put(domain.id(), domain));
		return new Catalogue(allDomains, domainsById, List.copyOf(byId.values()), byId, links, domains, linksById,
				chainOfLink);
	}

	/**
	 * The domains, the chains, their links and domains.
	 *
	 * @param allDomains every domain, in the plan's column order
	 * @param domainsById every domain by id
	 * @param all every chain, ordered by name and id
	 * @param byId every chain by id
	 * @param links each chain's links by chain id, upstream first
	 * @param domains each chain's domains by chain id, ordered by id (the seed gives each
	 * chain one)
	 * @param linksById every link by id
	 * @param chainOfLink the chain of each link, by link id
	 */
	public record Catalogue(List<Domain> allDomains, Map<String, Domain> domainsById, List<Chain> all,
			Map<String, Chain> byId, Map<String, List<ChainLink>> links, Map<String, List<Domain>> domains,
			Map<String, ChainLink> linksById, Map<String, Chain> chainOfLink) {

		public Optional<Chain> chain(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

		public Optional<ChainLink> link(String id) {
			return Optional.ofNullable(this.linksById.get(id));
		}

		public List<ChainLink> links(String chainId) {
			return this.links.getOrDefault(chainId, List.of());
		}

		/** The chain's domain (the first by id, should a chain have several). */
		public Optional<Domain> domain(String chainId) {
			return this.domains.getOrDefault(chainId, List.of()).stream().findFirst();
		}

		/** Whether the chain is in the domain. */
		public boolean inDomain(String chainId, String domainId) {
			return this.domains.getOrDefault(chainId, List.of()).stream().anyMatch(d -> d.id().equals(domainId));
		}

	}

}
