package io.industryatlas.park;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;

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
import io.industryatlas.cluster.Cluster;
import io.industryatlas.cluster.Membership;
import io.industryatlas.cluster.Memberships;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.park.ParkInputs.CreateParkInput;
import io.industryatlas.park.ParkInputs.UpdateParkInput;
import io.industryatlas.park.TenancyInputs.MoveTenantInInput;
import io.industryatlas.park.TenancyInputs.MoveTenantOutInput;
import io.industryatlas.region.Region;
import io.industryatlas.region.Regions;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Parks, their tenants over time, and the parks of regions and clusters. */
@Controller
class ParkController {

	private static final String PARK = """
			MATCH (p:Park {id: $id}) RETURN %s AS p
			""".formatted(Park.PROJECTION);

	private static final String PARKS = """
			MATCH (p:Park) WITH p ORDER BY p.name, p.id SKIP $skip LIMIT $fetch
			RETURN %s AS p
			""".formatted(Park.PROJECTION);

	private static final String REGIONS = """
			MATCH (p:Park)-[:LOCATED_IN]->(r:Region) WHERE p.id IN $keys
			RETURN p.id AS key, r
			""";

	private static final String TENANCY_ROW = """
			{enterprise: e, park: p, since: t.since, until: t.until, sample: coalesce(t.sample, false),
			 source: {document: d, clause: t.clause, quote: t.quote}}
			""";

	private static final String CURRENT_TENANTS = """
			UNWIND $keys AS key
			MATCH (p:Park {id: key})
			CALL (p) {
			  MATCH (e:Enterprise)-[t:TENANT_OF WHERE t.until IS NULL]->(p)
			  OPTIONAL MATCH (d:Document {id: t.doc})
			  WITH e, t, d ORDER BY e.name, e.id, t.since SKIP $skip LIMIT $fetch
			  RETURN collect(%s) AS items
			}
			RETURN key, items
			""".formatted(TENANCY_ROW);

	private static final String TENANCY_HISTORY = """
			UNWIND $keys AS key
			MATCH (p:Park {id: key})
			CALL (p) {
			  MATCH (e:Enterprise)-[t:TENANT_OF]->(p)
			  OPTIONAL MATCH (d:Document {id: t.doc})
			  WITH e, t, d ORDER BY t.since DESC, e.name, e.id SKIP $skip LIMIT $fetch
			  RETURN collect(%s) AS items
			}
			RETURN key, items
			""".formatted(TENANCY_ROW);

	private static final String ENTERPRISE_TENANCIES = """
			MATCH (e:Enterprise)-[t:TENANT_OF]->(p:Park) WHERE e.id IN $keys
			OPTIONAL MATCH (d:Document {id: t.doc})
			WITH e, t, p, d ORDER BY t.since DESC, p.name
			RETURN e.id AS key, %s AS tenancy
			""".formatted(TENANCY_ROW);

	private static final String REGION_PARKS = """
			UNWIND $keys AS key
			MATCH (root:Region {code: key})
			CALL (root) {
			  MATCH (p:Park)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(root)
			  WITH DISTINCT p ORDER BY p.name, p.id SKIP $skip LIMIT $fetch
			  RETURN collect(%s) AS items
			}
			RETURN key, items
			""".formatted(Park.PROJECTION);

	private static final String CLUSTER_PARKS = """
			UNWIND $keys AS key
			MATCH (c:Cluster {id: key})
			CALL (c) {
			  CALL (c) {
			    MATCH (p:Park)-[:MEMBER_OF]->(c) RETURN p
			    UNION
			    MATCH (c)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(:Region)<-[:LOCATED_IN]-(p:Park) RETURN p
			  }
			  WITH DISTINCT p ORDER BY p.name, p.id SKIP $skip LIMIT $fetch
			  RETURN collect(%s) AS items
			}
			RETURN key, items
			""".formatted(Park.PROJECTION);

	private final Neo4jClient client;

	private final Pages pages;

	private final Sources sources;

	private final Memberships memberships;

	private final Regions regions;

	private final ParkWrites parkWrites;

	private final TenancyWrites tenancyWrites;

	ParkController(Neo4jClient client, Pages pages, Sources sources, Memberships memberships, Regions regions,
			ParkWrites parkWrites, TenancyWrites tenancyWrites, BatchLoaderRegistry registry) {
		this.client = client;
		this.parkWrites = parkWrites;
		this.tenancyWrites = tenancyWrites;
		this.regions = regions;
		this.pages = pages;
		this.sources = sources;
		this.memberships = memberships;
		PagedLoaders.register(registry, "currentTenants", client, CURRENT_TENANTS, Tenancy::from);
		PagedLoaders.register(registry, "tenancyHistory", client, TENANCY_HISTORY, Tenancy::from);
		PagedLoaders.register(registry, "regionParks", client, REGION_PARKS, Park::from);
		PagedLoaders.register(registry, "clusterParks", client, CLUSTER_PARKS, Park::from);
	}

	@MutationMapping
	ParkPayload createPark(@Argument CreateParkInput input) {
		return new ParkPayload(this.parkWrites.create(input));
	}

	@MutationMapping
	ParkPayload updatePark(@Argument UpdateParkInput input) {
		return new ParkPayload(this.parkWrites.update(input));
	}

	@MutationMapping
	TenancyPayload moveTenantIn(@Argument MoveTenantInInput input) {
		return new TenancyPayload(this.tenancyWrites.moveIn(input));
	}

	@MutationMapping
	TenancyPayload moveTenantOut(@Argument MoveTenantOutInput input) {
		return new TenancyPayload(this.tenancyWrites.moveOut(input));
	}

	@QueryMapping
	Park park(@Argument String id) {
		return this.client.query(PARK)
			.bind(Keys.slug("id", id))
			.to("id")
			.fetchAs(Park.class)
			.mappedBy((types, row) -> Park.from(row.get("p")))
			.one()
			.orElseThrow(() -> new NotFoundException("park", id));
	}

	@QueryMapping
	Window<Park> parks(ScrollSubrange subrange) {
		Page page = this.pages.of(subrange);
		return page.window(List.copyOf(this.client.query(PARKS)
			.bindAll(page.parameters())
			.fetchAs(Park.class)
			.mappedBy((types, row) -> Park.from(row.get("p")))
			.all()));
	}

	/**
	 * From the region tree when the park was read with its region's code, else queried.
	 */
	@BatchMapping
	Map<Park, Region> region(List<Park> parks) {
		Regions.Tree tree = this.regions.tree();
		Map<Park, Region> found = new HashMap<>();
		List<Park> unknown = new ArrayList<>();
		for (Park park : parks) {
			Optional.ofNullable(park.regionCode())
				.flatMap(tree::region)
				.ifPresentOrElse(region -> found.put(park, region), () -> unknown.add(park));
		}
		if (!unknown.isEmpty()) {
			found.putAll(Batches.singles(this.client, REGIONS, unknown, Park::id,
					row -> Region.from(row.get("r").asNode())));
		}
		return found;
	}

	@SchemaMapping
	CompletableFuture<Window<Tenancy>> tenants(Park park, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Tenancy>> currentTenants) {
		return currentTenants.load(new PageKey<>(park.id(), this.pages.of(subrange)));
	}

	@SchemaMapping
	CompletableFuture<Window<Tenancy>> tenancyHistory(Park park, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Tenancy>> tenancyHistory) {
		return tenancyHistory.load(new PageKey<>(park.id(), this.pages.of(subrange)));
	}

	@BatchMapping(typeName = "Enterprise")
	Map<Enterprise, List<Tenancy>> tenancies(List<Enterprise> enterprises) {
		return Batches.lists(this.client, ENTERPRISE_TENANCIES, enterprises, Enterprise::id,
				row -> Tenancy.from(row.get("tenancy")));
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Membership>> memberships(List<Park> parks) {
		return this.memberships.of(EntityKind.PARK, parks, Park::id);
	}

	@BatchMapping(typeName = "Park")
	Map<Park, List<Source>> sources(List<Park> parks) {
		return this.sources.of(EntityKind.PARK, parks, Park::id);
	}

	@SchemaMapping(typeName = "Region", field = "parks")
	CompletableFuture<Window<Park>> regionParks(Region region, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Park>> regionParks) {
		return regionParks.load(new PageKey<>(region.code(), this.pages.of(subrange)));
	}

	@SchemaMapping(typeName = "Cluster", field = "parks")
	CompletableFuture<Window<Park>> clusterParks(Cluster cluster, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Park>> clusterParks) {
		return clusterParks.load(new PageKey<>(cluster.id(), this.pages.of(subrange)));
	}

	/** What a park mutation returns. */
	record ParkPayload(Park park) {

	}

	/** What a tenancy mutation returns. */
	record TenancyPayload(Tenancy tenancy) {

	}

}
