package io.industryatlas.region;

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
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Regions and their hierarchy. */
@Controller
class RegionController {

	private static final String REGION = """
			MATCH (r:Region {code: $code}) RETURN r
			""";

	private static final String REGIONS = """
			MATCH (r:Region)
			WHERE ($level IS NULL OR r.level = $level)
			  AND ($parent IS NULL OR EXISTS { (r)-[:PART_OF]->(:Region {code: $parent}) })
			RETURN r ORDER BY r.code SKIP $skip LIMIT $fetch
			""";

	private static final String PARENTS = """
			MATCH (r:Region)-[:PART_OF]->(p:Region) WHERE r.code IN $keys
			RETURN r.code AS key, p AS r
			""";

	private static final String CHILDREN = """
			MATCH (c:Region)-[:PART_OF]->(r:Region) WHERE r.code IN $keys
			RETURN r.code AS key, c AS r ORDER BY c.code
			""";

	private final Neo4jClient client;

	private final Pages pages;

	private final Sources sources;

	RegionController(Neo4jClient client, Pages pages, Sources sources) {
		this.client = client;
		this.pages = pages;
		this.sources = sources;
	}

	@QueryMapping
	Region region(@Argument String code) {
		Keys.regionCode("code", code);
		return this.client.query(REGION)
			.bind(code)
			.to("code")
			.fetchAs(Region.class)
			.mappedBy((types, row) -> Region.from(row.get("r").asNode()))
			.one()
			.orElseThrow(() -> new NotFoundException("region", code));
	}

	@QueryMapping
	Window<Region> regions(@Argument @Nullable RegionLevel level, @Argument @Nullable String parent,
			ScrollSubrange subrange) {
		if (parent != null) {
			Keys.regionCode("parent", parent);
		}
		Page page = this.pages.of(subrange);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("level", (level != null) ? level.name() : null);
		parameters.put("parent", parent);
		List<Region> rows = List.copyOf(this.client.query(REGIONS)
			.bindAll(parameters)
			.fetchAs(Region.class)
			.mappedBy((types, row) -> Region.from(row.get("r").asNode()))
			.all());
		return page.window(rows);
	}

	@BatchMapping
	Map<Region, Region> parent(List<Region> regions) {
		return Batches.singles(this.client, PARENTS, regions, Region::code, row -> Region.from(row.get("r").asNode()));
	}

	@BatchMapping
	Map<Region, List<Region>> children(List<Region> regions) {
		return Batches.lists(this.client, CHILDREN, regions, Region::code, row -> Region.from(row.get("r").asNode()));
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Source>> sources(List<Region> regions) {
		return this.sources.of(EntityKind.REGION, regions, Region::code);
	}

}
