package io.industryatlas.cluster;

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
import io.industryatlas.region.Region;
import io.industryatlas.source.EntityKind;
import io.industryatlas.source.Source;
import io.industryatlas.source.Sources;

/** Clusters, their members, and the memberships of regions. */
@Controller
class ClusterController {

	private final Pages pages;

	private final Sources sources;

	private final Clusters clusters;

	ClusterController(Pages pages, Sources sources, Clusters clusters) {
		this.pages = pages;
		this.sources = sources;
		this.clusters = clusters;
	}

	@QueryMapping
	Cluster cluster(@Argument String id) {
		Keys.slug("id", id);
		return this.clusters.catalogue().cluster(id).orElseThrow(() -> new NotFoundException("cluster", id));
	}

	@QueryMapping
	Window<Cluster> clusters(@Argument @Nullable ClusterKind kind, ScrollSubrange subrange) {
		Page page = this.pages.of(subrange);
		return page.window(this.clusters.catalogue()
			.all()
			.stream()
			.filter(cluster -> kind == null || cluster.kind() == kind)
			.skip(page.skip())
			.limit(page.size() + 1L)
			.toList());
	}

	@SchemaMapping
	List<ClusterMember> members(Cluster cluster) {
		return this.clusters.catalogue().members(cluster.id());
	}

	@BatchMapping(typeName = "Cluster")
	Map<Cluster, List<Source>> sources(List<Cluster> clusters) {
		return this.sources.of(EntityKind.CLUSTER, clusters, Cluster::id);
	}

	@SchemaMapping(typeName = "Region", field = "clusters")
	List<Membership> regionClusters(Region region) {
		return this.clusters.catalogue().ofRegion(region.code());
	}

}
