package io.industryatlas.cluster;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.Batches;
import io.industryatlas.api.Rows;
import io.industryatlas.region.Region;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;

/**
 * The clusters, zones and poles that parks, enterprises and platforms belong to, with the
 * reason, for many entities in one query (the regions' own memberships are read from
 * {@link Clusters}).
 */
@Component
public class Memberships {

	/** Membership through a region: the entity's own region or any region above it. */
	private static final String REGION_BRANCH = """
			MATCH %s-[:PART_OF*0..2]->(r:Region)<-[i:INCLUDES]-(c:Cluster)
			OPTIONAL MATCH (d:Document {id: i.doc})
			RETURN c, 'REGION' AS via, r AS region, i.role AS role,
			       {document: d, clause: i.clause, quote: i.quote} AS source
			""";

	private static final String EXPLICIT_BRANCH = """
			MATCH (x)-[m:MEMBER_OF]->(c:Cluster)
			OPTIONAL MATCH (d:Document {id: m.doc})
			RETURN c, 'EXPLICIT' AS via, null AS region, null AS role,
			       {document: d, clause: m.clause, quote: m.quote} AS source
			""";

	private static final String QUERY = """
			MATCH (x:%s) WHERE x.%s IN $keys
			CALL (x) {
			%s
			}
			RETURN x.%s AS key, c, via, region, role, source
			ORDER BY key, c.kind, c.name, region.code
			""";

	private final Map<EntityKind, String> queries = new EnumMap<>(EntityKind.class);

	private final Neo4jClient client;

	Memberships(Neo4jClient client) {
		this.client = client;
		this.queries.put(EntityKind.PARK, query(EntityKind.PARK,
				EXPLICIT_BRANCH + "UNION\n" + REGION_BRANCH.formatted("(x)-[:LOCATED_IN]->(:Region)")));
		this.queries.put(EntityKind.PLATFORM,
				query(EntityKind.PLATFORM,
						EXPLICIT_BRANCH + "UNION\n" + REGION_BRANCH.formatted("(x)-[:LOCATED_IN]->(:Region)")
								+ "UNION\n"
								+ REGION_BRANCH.formatted("(x)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(:Region)")));
		this.queries.put(EntityKind.ENTERPRISE, query(EntityKind.ENTERPRISE,
				EXPLICIT_BRANCH + "UNION\n" + REGION_BRANCH.formatted("(x)-[:LOCATED_IN]->(:Region)") + "UNION\n"
						+ REGION_BRANCH
							.formatted("(x)-[t:TENANT_OF WHERE t.until IS NULL]->(:Park)-[:LOCATED_IN]->(:Region)")));
	}

	private static String query(EntityKind kind, String branches) {
		return QUERY.formatted(kind.label(), kind.key(), branches.indent(2), kind.key());
	}

	/** The memberships of each entity (every entity gets a list, possibly empty). */
	public <T> Map<T, List<Membership>> of(EntityKind kind, Collection<T> entities, Function<T, String> key) {
		String query = this.queries.get(kind);
		if (query == null) {
			throw new IllegalArgumentException("No memberships for " + kind);
		}
		return Batches.lists(this.client, query, entities, key, row -> {
			var region = Rows.nested(row, "region");
			return new Membership(Cluster.from(row.get("c").asNode()),
					Membership.Via.valueOf(row.get("via").asString()),
					(region != null) ? Region.from(region.asNode()) : null, row.get("role").asString(null),
					Source.from(row.get("source")));
		});
	}

}
