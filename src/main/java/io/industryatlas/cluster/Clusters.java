package io.industryatlas.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.region.Region;
import io.industryatlas.region.Regions;
import io.industryatlas.source.Source;

/**
 * The clusters, zones, belt and pole with their member regions, read with one query and
 * kept in memory: like the regions they come only from the seed graph (no mutation writes
 * {@code :Cluster} or {@code INCLUDES}), so they change only when the seed is loaded, and
 * the seeder clears the caches after loading anything.
 */
@Component
public class Clusters {

	static final String CACHE = "clusters";

	private static final String ALL = """
			MATCH (c:Cluster)
			CALL (c) {
			  OPTIONAL MATCH (c)-[i:INCLUDES]->(r:Region)
			  OPTIONAL MATCH (d:Document {id: i.doc})
			  WITH r, i, d ORDER BY r.code
			  RETURN collect(CASE WHEN r IS NOT NULL THEN {code: r.code, role: i.role, basis: i.basis,
			                      source: {document: d, clause: i.clause, quote: i.quote}} END) AS members
			}
			RETURN c, members ORDER BY c.name, c.id
			""";

	/** Memberships through regions: a cluster's kind, then its name, then the region. */
	private static final Comparator<Membership> MEMBERSHIP_ORDER = Comparator
		.comparing((Membership m) -> m.cluster().kind().name())
		.thenComparing(m -> m.cluster().name())
		.thenComparing(m -> (m.region() != null) ? m.region().code() : "");

	private final Neo4jClient client;

	private final Regions regions;

	Clusters(Neo4jClient client, Regions regions) {
		this.client = client;
		this.regions = regions;
	}

	/** Every cluster with its members. */
	@Cacheable(CACHE)
	public Catalogue catalogue() {
		Regions.Tree tree = this.regions.tree();
		record Row(Cluster cluster, List<ClusterMember> members) {
		}
		List<Row> rows = List
			.copyOf(this.client.query(ALL)
				.fetchAs(Row.class)
				.mappedBy((types, row) -> new Row(Cluster.from(row.get("c").asNode()), row.get("members")
					.asList(member -> new ClusterMember(tree.region(member.get("code").asString()).orElseThrow(),
							member.get("role").asString(null), member.get("basis").asString(null),
							Source.from(member.get("source"))))))
				.all());
		Map<String, Cluster> byId = new LinkedHashMap<>();
		Map<String, List<ClusterMember>> members = new HashMap<>();
		Map<String, List<Membership>> byRegion = new HashMap<>();
		for (Row row : rows) {
			byId.put(row.cluster().id(), row.cluster());
			members.put(row.cluster().id(), row.members());
			for (ClusterMember member : row.members()) {
				byRegion.computeIfAbsent(member.region().code(), code -> new ArrayList<>())
					.add(new Membership(row.cluster(), Membership.Via.REGION, member.region(), member.role(),
							member.source()));
			}
		}
		byRegion.replaceAll((code, list) -> List.copyOf(list));
		return new Catalogue(tree, List.copyOf(byId.values()), byId, members, byRegion);
	}

	/**
	 * The clusters and their members.
	 *
	 * @param tree the region tree the members were resolved in
	 * @param all every cluster, ordered by name and id
	 * @param byId every cluster by id
	 * @param members the member regions of each cluster, by cluster id, ordered by code
	 * @param byRegion the memberships each member region gives, by region code
	 */
	public record Catalogue(Regions.Tree tree, List<Cluster> all, Map<String, Cluster> byId,
			Map<String, List<ClusterMember>> members, Map<String, List<Membership>> byRegion) {

		public Optional<Cluster> cluster(String id) {
			return Optional.ofNullable(this.byId.get(id));
		}

		public List<ClusterMember> members(String id) {
			return this.members.getOrDefault(id, List.of());
		}

		/**
		 * The clusters a region belongs to: through itself or a region up to two levels
		 * above it, as the graph's {@code PART_OF*0..2} reads them.
		 */
		public List<Membership> ofRegion(String code) {
			List<Membership> found = new ArrayList<>();
			@Nullable String current = code;
			for (int level = 0; level <= 2 && current != null; level++) {
				found.addAll(this.byRegion.getOrDefault(current, List.of()));
				current = this.tree.parents().get(current);
			}
			found.sort(MEMBERSHIP_ORDER);
			return found;
		}

	}

}
