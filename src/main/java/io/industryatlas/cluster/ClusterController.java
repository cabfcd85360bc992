package io.industryatlas.cluster;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Keys;
import io.industryatlas.api.Batches;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Page;
import io.industryatlas.api.Pages;
import io.industryatlas.region.Region;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Clusters, their members, and the memberships of regions. */
@Controller
class ClusterController {

	private static final String CLUSTER = """
			MATCH (c:Cluster {id: $id}) RETURN c
			""";

	private static final String CLUSTERS = """
			MATCH (c:Cluster) WHERE $kind IS NULL OR c.kind = $kind
			RETURN c ORDER BY c.name, c.id SKIP $skip LIMIT $fetch
			""";

	private static final String MEMBERS = """
			MATCH (c:Cluster)-[i:INCLUDES]->(r:Region) WHERE c.id IN $keys
			OPTIONAL MATCH (d:Document {id: i.doc})
			RETURN c.id AS key, r, i.role AS role, i.basis AS basis,
			       {document: d, clause: i.clause, quote: i.quote} AS source
			ORDER BY key, r.code
			""";

	private final Neo4jClient client;

	private final Pages pages;

	private final Sources sources;

	private final Memberships memberships;

	ClusterController(Neo4jClient client, Pages pages, Sources sources, Memberships memberships) {
		this.client = client;
		this.pages = pages;
		this.sources = sources;
		this.memberships = memberships;
	}

	@QueryMapping
	Cluster cluster(@Argument String id) {
		return this.client.query(CLUSTER)
			.bind(Keys.slug("id", id))
			.to("id")
			.fetchAs(Cluster.class)
			.mappedBy((types, row) -> Cluster.from(row.get("c").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("cluster", id));
	}

	@QueryMapping
	Window<Cluster> clusters(@Argument @Nullable ClusterKind kind, ScrollSubrange subrange) {
		Page page = this.pages.of(subrange);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("kind", (kind != null) ? kind.name() : null);
		return page.window(List.copyOf(this.client.query(CLUSTERS)
			.bindAll(parameters)
			.fetchAs(Cluster.class)
			.mappedBy((types, row) -> Cluster.from(row.get("c").asNode()))
			.all()));
	}

	@BatchMapping
	Map<Cluster, List<ClusterMember>> members(List<Cluster> clusters) {
		return Batches.lists(this.client, MEMBERS, clusters, Cluster::id,
				row -> new ClusterMember(Region.from(row.get("r").asNode()), row.get("role").asString(null),
						row.get("basis").asString(null), Source.from(row.get("source"))));
	}

	@BatchMapping(typeName = "Cluster")
	Map<Cluster, List<Source>> sources(List<Cluster> clusters) {
		return this.sources.of(EntityKind.CLUSTER, clusters, Cluster::id);
	}

	@BatchMapping(typeName = "Region", field = "clusters")
	Map<Region, List<Membership>> regionClusters(List<Region> regions) {
		return this.memberships.of(EntityKind.REGION, regions, Region::code);
	}

}
