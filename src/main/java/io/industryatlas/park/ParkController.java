package io.industryatlas.park;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

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
import io.industryatlas.chain.DomainCount;
import io.industryatlas.chain.TenantsByDomain;
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

	/** The DataLoader of parks' tenants by domain, by park id. */
	private static final String TENANTS_BY_DOMAIN = "parkTenantsByDomain";

	/**
	 * A park, with its first tenants page ({@code items}) and its tenants by domain when
	 * the request selects them (see {@link #park}).
	 */
	private static final String PARK = """
			MATCH (p:Park {id: $id})
			%s%sRETURN %s AS park%s%s
			""";

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

	/** A page of the current tenants of park {@code p}, as {@code items}. */
	private static final String TENANTS_PAGE = """
			CALL (p) {
			  MATCH (e:Enterprise)-[t:TENANT_OF WHERE t.until IS NULL]->(p)
			  OPTIONAL MATCH (d:Document {id: t.doc})
			  WITH e, t, d ORDER BY e.name, e.id, t.since SKIP $skip LIMIT $fetch
			  RETURN collect(%s) AS items
			}
			""".formatted(TENANCY_ROW.strip());

	private static final String CURRENT_TENANTS = """
			UNWIND $keys AS key
			MATCH (p:Park {id: key})
			%s
			RETURN key, items
			""".formatted(TENANTS_PAGE.strip());

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

	private final TenantsByDomain tenantsByDomain;

	ParkController(Neo4jClient client, Pages pages, Sources sources, Memberships memberships, Regions regions,
			ParkWrites parkWrites, TenancyWrites tenancyWrites, TenantsByDomain tenantsByDomain,
			BatchLoaderRegistry registry) {
		this.tenantsByDomain = tenantsByDomain;
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
		registry.<String, List<DomainCount>>forName(TENANTS_BY_DOMAIN)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromCallable(() -> tenantsByDomain.of(ids)));
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

	/**
	 * The park; its first page of tenants and its tenants by domain, when selected, come
	 * in the same query and are handed to those fields' DataLoaders, so that a park page
	 * costs one round trip. A page after a cursor, or aliases asking for different pages,
	 * load as usual.
	 */
	@QueryMapping
	Park park(@Argument String id, DataFetchingEnvironment environment) {
		DataFetchingFieldSelectionSet selection = environment.getSelectionSet();
		Optional<Page> tenantsPage = this.pages.firstPage(
				selection.getImmediateFields().stream().filter(field -> field.getName().equals("tenants")).toList());
		boolean byDomain = selection.contains("tenantsByDomain");
		String query = PARK.formatted(tenantsPage.isPresent() ? TENANTS_PAGE : "",
				byDomain ? TenantsByDomain.OF_PARK : "", Park.PROJECTION.strip(),
				tenantsPage.isPresent() ? ", items" : "", byDomain ? ", tenantsByDomain" : "");
		Map<String, Object> parameters = new HashMap<>(tenantsPage.map(Page::parameters).orElse(Map.of()));
		parameters.put("id", Keys.slug("id", id));
		record Folded(Park park, @Nullable List<Tenancy> tenants, @Nullable List<DomainCount> byDomain) {
		}
		Folded folded = this.client.query(query)
			.bindAll(parameters)
			.fetchAs(Folded.class)
			.mappedBy((types, row) -> new Folded(Park.from(row.get("park")),
					tenantsPage.isPresent() ? row.get("items").asList(Tenancy::from) : null,
					byDomain ? this.tenantsByDomain.from(row.get("tenantsByDomain")) : null))
			.one()
			.orElseThrow(() -> new NotFoundException("park", id));
		Park park = folded.park();
		if (folded.tenants() != null) {
			Page page = tenantsPage.orElseThrow();
			DataLoader<PageKey<String>, Window<Tenancy>> tenants = environment.getDataLoader("currentTenants");
			Objects.requireNonNull(tenants).prime(new PageKey<>(park.id(), page), page.window(folded.tenants()));
		}
		if (folded.byDomain() != null) {
			DataLoader<String, List<DomainCount>> counts = environment.getDataLoader(TENANTS_BY_DOMAIN);
			Objects.requireNonNull(counts).prime(park.id(), folded.byDomain());
		}
		return park;
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
	 * From the region tree when the park was read with its region's code (a park read so
	 * without one has none), else queried.
	 */
	@BatchMapping
	Map<Park, Region> region(List<Park> parks) {
		Regions.Tree tree = this.regions.tree();
		Map<Park, Region> found = new HashMap<>();
		List<Park> unknown = new ArrayList<>();
		for (Park park : parks) {
			if (park.regionRead() && park.regionCode() == null) {
				continue;
			}
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
	CompletableFuture<List<DomainCount>> tenantsByDomain(Park park, DataFetchingEnvironment environment) {
		DataLoader<String, List<DomainCount>> counts = environment.getDataLoader(TENANTS_BY_DOMAIN);
		return Objects.requireNonNull(counts).load(park.id());
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
