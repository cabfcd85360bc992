package io.industryatlas.region;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Keys;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Page;
import io.industryatlas.api.Pages;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Regions and their hierarchy. */
@Controller
class RegionController {

	private final Pages pages;

	private final Sources sources;

	private final Regions regions;

	RegionController(Pages pages, Sources sources, Regions regions) {
		this.regions = regions;
		this.pages = pages;
		this.sources = sources;
	}

	@QueryMapping
	Region region(@Argument String code) {
		Keys.regionCode("code", code);
		return this.regions.tree().region(code).orElseThrow(() -> new NotFoundException("region", code));
	}

	@QueryMapping
	Window<Region> regions(@Argument @Nullable RegionLevel level, @Argument @Nullable String parent,
			ScrollSubrange subrange) {
		if (parent != null) {
			Keys.regionCode("parent", parent);
		}
		Page page = this.pages.of(subrange);
		Regions.Tree tree = this.regions.tree();
		return page.window(tree.byCode()
			.values()
			.stream()
			.filter(region -> level == null || region.level() == level)
			.filter(region -> parent == null || parent.equals(tree.parents().get(region.code())))
			.sorted(Comparator.comparing(Region::code))
			.skip(page.skip())
			.limit(page.size() + 1L)
			.toList());
	}

	@SchemaMapping
	@Nullable Region parent(Region region) {
		return this.regions.tree().parent(region.code()).orElse(null);
	}

	@SchemaMapping
	List<Region> children(Region region) {
		return this.regions.tree().children(region.code());
	}

	@BatchMapping(typeName = "Region")
	Map<Region, List<Source>> sources(List<Region> regions) {
		return this.sources.of(EntityKind.REGION, regions, Region::code);
	}

}
