package io.industryatlas.enterprise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Keys;
import io.industryatlas.api.Batches;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Page;
import io.industryatlas.api.PageKey;
import io.industryatlas.api.PagedLoaders;
import io.industryatlas.api.Pages;
import io.industryatlas.award.Award;
import io.industryatlas.award.Awards;
import io.industryatlas.chain.Area;
import io.industryatlas.cluster.Cluster;
import io.industryatlas.cluster.Membership;
import io.industryatlas.cluster.Memberships;
import io.industryatlas.enterprise.EnterpriseInputs.RegisterEnterpriseInput;
import io.industryatlas.enterprise.EnterpriseInputs.SetEnterpriseChainLinksInput;
import io.industryatlas.enterprise.EnterpriseInputs.UpdateEnterpriseInput;
import io.industryatlas.region.Region;
import io.industryatlas.region.Regions;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Enterprises, and the enterprises of regions and clusters. */
@Controller
class EnterpriseController {

	private static final String ENTERPRISE = """
			MATCH (e:Enterprise {id: $id}) RETURN e
			""";

	private static final String ENTERPRISES = """
			MATCH (e:Enterprise) WHERE $includeSample OR NOT e:Sample
			RETURN e ORDER BY e.name, e.id SKIP $skip LIMIT $fetch
			""";

	private static final String REGIONS = """
			MATCH (e:Enterprise)-[:LOCATED_IN]->(r:Region) WHERE e.id IN $keys
			RETURN e.id AS key, r
			""";

	/**
	 * An enterprise is in a region when located there or below, or a current tenant of a
	 * park there.
	 */
	private static final String REGION_ENTERPRISES = """
			CALL () { MATCH (x:Enterprise) RETURN count(x) AS total }
			UNWIND $keys AS key
			MATCH (root:Region {code: key})
			CALL (root) {
			  MATCH (sub:Region)-[:PART_OF*0..2]->(root)
			  RETURN collect(sub) AS area
			}
			WITH key, area, null AS c, total, %s AS estimate
			WITH key, area, c, %s AS walk
			%s
			RETURN key, items
			""".formatted(Area.AREA_ESTIMATE, Area.AREA_WALK.strip(),
			Area.enterprisePage("area, c", Area.IN_AREA, Area.AREA_ENTERPRISES));

	/** A cluster's enterprises: named members, and those in its regions. */
	private static final String CLUSTER_ENTERPRISES = """
			CALL () { MATCH (x:Enterprise) RETURN count(x) AS total }
			UNWIND $keys AS key
			MATCH (c:Cluster {id: key})
			CALL (c) {
			  OPTIONAL MATCH (c)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(sub:Region)
			  RETURN collect(DISTINCT sub) AS area
			}
			WITH key, area, c, total, %s AS estimate
			WITH key, area, c, %s AS walk
			%s
			RETURN key, items
			""".formatted(Area.AREA_ESTIMATE, Area.AREA_WALK.strip(),
			Area.enterprisePage("area, c", Area.IN_AREA, Area.AREA_ENTERPRISES));

	private final Neo4jClient client;

	private final Pages pages;

	private final Sources sources;

	private final Memberships memberships;

	private final Awards awards;

	private final EnterpriseWrites writes;

	private final Regions regions;

	EnterpriseController(Neo4jClient client, Pages pages, Sources sources, Memberships memberships, Awards awards,
			EnterpriseWrites writes, Regions regions, BatchLoaderRegistry registry) {
		this.client = client;
		this.pages = pages;
		this.sources = sources;
		this.memberships = memberships;
		this.awards = awards;
		this.writes = writes;
		this.regions = regions;
		PagedLoaders.register(registry, "regionEnterprises", client, REGION_ENTERPRISES,
				v -> Enterprise.from(v.asNode()));
		PagedLoaders.register(registry, "clusterEnterprises", client, CLUSTER_ENTERPRISES,
				v -> Enterprise.from(v.asNode()));
	}

	@QueryMapping
	Enterprise enterprise(@Argument String id) {
		return this.client.query(ENTERPRISE)
			.bind(Keys.slug("id", id))
			.to("id")
			.fetchAs(Enterprise.class)
			.mappedBy((types, row) -> Enterprise.from(row.get("e").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("enterprise", id));
	}

	@QueryMapping
	Window<Enterprise> enterprises(@Argument boolean includeSample, ScrollSubrange subrange) {
		Page page = this.pages.of(subrange);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("includeSample", includeSample);
		return page.window(List.copyOf(this.client.query(ENTERPRISES)
			.bindAll(parameters)
			.fetchAs(Enterprise.class)
			.mappedBy((types, row) -> Enterprise.from(row.get("e").asNode()))
			.all()));
	}

	@MutationMapping
	EnterprisePayload registerEnterprise(@Argument RegisterEnterpriseInput input) {
		return new EnterprisePayload(this.writes.register(input));
	}

	@MutationMapping
	EnterprisePayload updateEnterprise(@Argument UpdateEnterpriseInput input) {
		return new EnterprisePayload(this.writes.update(input));
	}

	@MutationMapping
	EnterprisePayload setEnterpriseChainLinks(@Argument SetEnterpriseChainLinksInput input) {
		return new EnterprisePayload(this.writes.setChainLinks(input));
	}

	/** The division the credit code was issued in, from the tree (no query). */
	@SchemaMapping
	@Nullable Region usccRegion(Enterprise enterprise) {
		if (enterprise.uscc() == null) {
			return null;
		}
		return Uscc.division(enterprise.uscc()).flatMap(code -> this.regions.tree().region(code)).orElse(null);
	}

	@SchemaMapping
	@Nullable String usccDivision(Enterprise enterprise) {
		return (enterprise.uscc() != null) ? Uscc.division(enterprise.uscc()).orElse(null) : null;
	}

	@BatchMapping
	Map<Enterprise, Region> region(List<Enterprise> enterprises) {
		return Batches.singles(this.client, REGIONS, enterprises, Enterprise::id,
				row -> Region.from(row.get("r").asNode()));
	}

	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, List<Membership>> memberships(List<Enterprise> enterprises) {
		return this.memberships.of(EntityKind.ENTERPRISE, enterprises, Enterprise::id);
	}

	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, List<Award>> awards(List<Enterprise> enterprises) {
		return this.awards.of(EntityKind.ENTERPRISE, enterprises, Enterprise::id);
	}

	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, List<Source>> sources(List<Enterprise> enterprises) {
		return this.sources.of(EntityKind.ENTERPRISE, enterprises, Enterprise::id);
	}

	@SchemaMapping(typeName = "Region", field = "enterprises")
	CompletableFuture<Window<Enterprise>> regionEnterprises(Region region, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Enterprise>> regionEnterprises) {
		return regionEnterprises.load(new PageKey<>(region.code(), this.pages.of(subrange)));
	}

	@SchemaMapping(typeName = "Cluster", field = "enterprises")
	CompletableFuture<Window<Enterprise>> clusterEnterprises(Cluster cluster, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Enterprise>> clusterEnterprises) {
		return clusterEnterprises.load(new PageKey<>(cluster.id(), this.pages.of(subrange)));
	}

	/** What an enterprise mutation returns. */
	record EnterprisePayload(Enterprise enterprise) {

	}

}
