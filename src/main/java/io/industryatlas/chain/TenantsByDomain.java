package io.industryatlas.chain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * A park's current tenants by domain, from the stored counts (see CoverageCounts): the
 * domains an enterprise focuses on and those of the chains whose links it covers; an
 * enterprise with none counts under a null domain. Largest first.
 */
@Component
public class TenantsByDomain {

	/**
	 * For park node {@code p}: {@code tenantsByDomain}, a list of {@code {id, n}} maps
	 * for {@link #from}.
	 */
	public static final String OF_PARK = """
			CALL (p) {
			  CALL (p) {
			    MATCH (p)-[c:TENANTS_IN_DOMAIN]->(d:Domain)
			    RETURN d.id AS id, c.tenants AS n
			    UNION ALL
			    WITH p WHERE p.tenantsWithoutDomain > 0
			    RETURN null AS id, p.tenantsWithoutDomain AS n
			  }
			  WITH id, n ORDER BY n DESC, id
			  RETURN collect({id: id, n: n}) AS tenantsByDomain
			}
			""";

	private static final String OF_PARKS = """
			MATCH (p:Park) WHERE p.id IN $keys
			%s
			RETURN p.id AS key, tenantsByDomain
			""".formatted(OF_PARK.strip());

	private final Neo4jClient client;

	private final Chains chains;

	TenantsByDomain(Neo4jClient client, Chains chains) {
		this.client = client;
		this.chains = chains;
	}

	/** The counts of parks by id, in one query; parks without tenants map to none. */
	public Map<String, List<DomainCount>> of(Collection<String> parkIds) {
		record Keyed(String key, List<DomainCount> counts) {
		}
		Map<String, List<DomainCount>> result = new HashMap<>();
		parkIds.forEach(id -> result.put(id, List.of()));
		this.client.query(OF_PARKS)
			.bind(List.copyOf(parkIds))
			.to("keys")
			.fetchAs(Keyed.class)
			.mappedBy((types, row) -> new Keyed(row.get("key").asString(), from(row.get("tenantsByDomain"))))
			.all()
			.forEach(keyed -> result.put(keyed.key(), keyed.counts()));
		return result;
	}

	/** The counts of a {@code tenantsByDomain} list read with {@link #OF_PARK}. */
	public List<DomainCount> from(Value counts) {
		Map<String, Domain> domains = this.chains.catalogue().domainsById();
		return counts
			.asList(count -> new DomainCount(count.get("id").isNull() ? null : domains.get(count.get("id").asString()),
					count.get("n").asInt()));
	}

}
