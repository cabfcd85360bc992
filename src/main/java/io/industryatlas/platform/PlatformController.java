package io.industryatlas.platform;

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
import io.industryatlas.platform.PlatformInputs.CreatePlatformInput;
import io.industryatlas.platform.PlatformInputs.UpdatePlatformInput;
import io.industryatlas.api.Batches;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Page;
import io.industryatlas.api.PageKey;
import io.industryatlas.api.PagedLoaders;
import io.industryatlas.api.Pages;
import io.industryatlas.award.Award;
import io.industryatlas.award.Awards;
import io.industryatlas.cluster.Cluster;
import io.industryatlas.cluster.Membership;
import io.industryatlas.cluster.Memberships;
import io.industryatlas.enterprise.Enterprise;
import io.industryatlas.park.Park;
import io.industryatlas.region.Region;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Innovation platforms and institutions. */
@Controller
class PlatformController {

	private static final String PLATFORM = """
			MATCH (p:Platform {id: $id}) RETURN p
			""";

	private static final String PLATFORMS = """
			MATCH (p:Platform) WHERE $level IS NULL OR p.level = $level
			RETURN p ORDER BY p.name, p.id SKIP $skip LIMIT $fetch
			""";

	private static final String INSTITUTION = """
			MATCH (i:Institution {id: $id}) RETURN i
			""";

	/** A platform is where it is located, or where its park is. */
	private static final String PLATFORM_REGIONS = """
			MATCH (p:Platform) WHERE p.id IN $keys
			OPTIONAL MATCH (p)-[:LOCATED_IN]->(direct:Region)
			OPTIONAL MATCH (p)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(viaPark:Region)
			WITH p, coalesce(direct, viaPark) AS r WHERE r IS NOT NULL
			RETURN p.id AS key, r
			""";

	private static final String INSTITUTION_REGIONS = """
			MATCH (i:Institution)-[:LOCATED_IN]->(r:Region) WHERE i.id IN $keys
			RETURN i.id AS key, r
			""";

	private static final String HOST_INSTITUTIONS = """
			MATCH (p:Platform)-[:HOSTED_BY]->(i:Institution) WHERE p.id IN $keys
			RETURN p.id AS key, i
			""";

	private static final String HOST_ENTERPRISES = """
			MATCH (p:Platform)-[:HOSTED_BY]->(e:Enterprise) WHERE p.id IN $keys
			RETURN p.id AS key, e
			""";

	private static final String INSTITUTION_PLATFORMS = """
			MATCH (p:Platform)-[:HOSTED_BY]->(i:Institution) WHERE i.id IN $keys
			RETURN i.id AS key, p ORDER BY p.name
			""";

	private static final String PARK_PLATFORMS = """
			MATCH (p:Platform)-[:IN_PARK]->(park:Park) WHERE park.id IN $keys
			RETURN park.id AS key, p ORDER BY p.name
			""";

	private static final String REGION_PLATFORMS = """
			UNWIND $keys AS key
			MATCH (root:Region {code: key})
			CALL (root) {
			  MATCH (sub:Region)-[:PART_OF*0..2]->(root)
			  CALL (sub) {
			    MATCH (p:Platform)-[:LOCATED_IN]->(sub) RETURN p
			    UNION
			    MATCH (p:Platform)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(sub) RETURN p
			  }
			  WITH DISTINCT p ORDER BY p.name, p.id SKIP $skip LIMIT $fetch
			  RETURN collect(p) AS items
			}
			RETURN key, items
			""";

	private static final String CLUSTER_PLATFORMS = """
			UNWIND $keys AS key
			MATCH (c:Cluster {id: key})
			CALL (c) {
			  CALL (c) {
			    MATCH (p:Platform)-[:MEMBER_OF]->(c) RETURN p
			    UNION
			    MATCH (c)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(:Region)<-[:LOCATED_IN]-(p:Platform) RETURN p
			    UNION
			    MATCH (c)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(:Region)<-[:LOCATED_IN]-(:Park)<-[:IN_PARK]-(p:Platform)
			    RETURN p
			  }
			  WITH DISTINCT p ORDER BY p.name, p.id SKIP $skip LIMIT $fetch
			  RETURN collect(p) AS items
			}
			RETURN key, items
			""";

	private final Neo4jClient client;

	private final Pages pages;

	private final Sources sources;

	private final Memberships memberships;

	private final Awards awards;

	private final PlatformWrites writes;

	PlatformController(Neo4jClient client, Pages pages, Sources sources, Memberships memberships, Awards awards,
			PlatformWrites writes, BatchLoaderRegistry registry) {
		this.client = client;
		this.writes = writes;
		this.pages = pages;
		this.sources = sources;
		this.memberships = memberships;
		this.awards = awards;
		PagedLoaders.register(registry, "regionPlatforms", client, REGION_PLATFORMS, v -> Platform.from(v.asNode()));
		PagedLoaders.register(registry, "clusterPlatforms", client, CLUSTER_PLATFORMS, v -> Platform.from(v.asNode()));
	}

	@MutationMapping
	PlatformPayload createPlatform(@Argument CreatePlatformInput input) {
		return new PlatformPayload(this.writes.create(input));
	}

	@MutationMapping
	PlatformPayload updatePlatform(@Argument UpdatePlatformInput input) {
		return new PlatformPayload(this.writes.update(input));
	}

	@QueryMapping
	Platform platform(@Argument String id) {
		return this.client.query(PLATFORM)
			.bind(Keys.slug("id", id))
			.to("id")
			.fetchAs(Platform.class)
			.mappedBy((types, row) -> Platform.from(row.get("p").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("platform", id));
	}

	@QueryMapping
	Window<Platform> platforms(@Argument @Nullable String level, ScrollSubrange subrange) {
		Page page = this.pages.of(subrange);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("level", level);
		return page.window(List.copyOf(this.client.query(PLATFORMS)
			.bindAll(parameters)
			.fetchAs(Platform.class)
			.mappedBy((types, row) -> Platform.from(row.get("p").asNode()))
			.all()));
	}

	@QueryMapping
	Institution institution(@Argument String id) {
		return this.client.query(INSTITUTION)
			.bind(Keys.slug("id", id))
			.to("id")
			.fetchAs(Institution.class)
			.mappedBy((types, row) -> Institution.from(row.get("i").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("institution", id));
	}

	@BatchMapping(typeName = "Platform", field = "region")
	Map<Platform, Region> platformRegion(List<Platform> platforms) {
		return Batches.singles(this.client, PLATFORM_REGIONS, platforms, Platform::id,
				row -> Region.from(row.get("r").asNode()));
	}

	@BatchMapping
	Map<Platform, Institution> hostInstitution(List<Platform> platforms) {
		return Batches.singles(this.client, HOST_INSTITUTIONS, platforms, Platform::id,
				row -> Institution.from(row.get("i").asNode()));
	}

	@BatchMapping
	Map<Platform, Enterprise> hostEnterprise(List<Platform> platforms) {
		return Batches.singles(this.client, HOST_ENTERPRISES, platforms, Platform::id,
				row -> Enterprise.from(row.get("e").asNode()));
	}

	@BatchMapping(typeName = "Platform")
	Map<Platform, List<Membership>> memberships(List<Platform> platforms) {
		return this.memberships.of(EntityKind.PLATFORM, platforms, Platform::id);
	}

	@BatchMapping(typeName = "Platform")
	Map<Platform, List<Award>> awards(List<Platform> platforms) {
		return this.awards.of(EntityKind.PLATFORM, platforms, Platform::id);
	}

	@BatchMapping(typeName = "Platform", field = "sources")
	Map<Platform, List<Source>> platformSources(List<Platform> platforms) {
		return this.sources.of(EntityKind.PLATFORM, platforms, Platform::id);
	}

	@BatchMapping(typeName = "Institution", field = "region")
	Map<Institution, Region> institutionRegion(List<Institution> institutions) {
		return Batches.singles(this.client, INSTITUTION_REGIONS, institutions, Institution::id,
				row -> Region.from(row.get("r").asNode()));
	}

	@BatchMapping(typeName = "Institution", field = "platforms")
	Map<Institution, List<Platform>> institutionPlatforms(List<Institution> institutions) {
		return Batches.lists(this.client, INSTITUTION_PLATFORMS, institutions, Institution::id,
				row -> Platform.from(row.get("p").asNode()));
	}

	@BatchMapping(typeName = "Institution", field = "sources")
	Map<Institution, List<Source>> institutionSources(List<Institution> institutions) {
		return this.sources.of(EntityKind.INSTITUTION, institutions, Institution::id);
	}

	@BatchMapping(typeName = "Park", field = "platforms")
	Map<Park, List<Platform>> parkPlatforms(List<Park> parks) {
		return Batches.lists(this.client, PARK_PLATFORMS, parks, Park::id, row -> Platform.from(row.get("p").asNode()));
	}

	@SchemaMapping(typeName = "Region", field = "platforms")
	CompletableFuture<Window<Platform>> regionPlatforms(Region region, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Platform>> regionPlatforms) {
		return regionPlatforms.load(new PageKey<>(region.code(), this.pages.of(subrange)));
	}

	@SchemaMapping(typeName = "Cluster", field = "platforms")
	CompletableFuture<Window<Platform>> clusterPlatforms(Cluster cluster, ScrollSubrange subrange,
			DataLoader<PageKey<String>, Window<Platform>> clusterPlatforms) {
		return clusterPlatforms.load(new PageKey<>(cluster.id(), this.pages.of(subrange)));
	}

	/** What a platform mutation returns. */
	record PlatformPayload(Platform platform) {

	}

}
