package io.industryatlas.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The region hierarchy, read from the graph with one query and kept in memory: regions
 * come only from the seed graph (GB/T 2260), so they change only when the seed is loaded
 * (the seeder clears the caches after loading anything).
 */
@Component
public class Regions {

	static final String CACHE = "region-tree";

	private static final String TREE = """
			MATCH (r:Region)
			OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
			RETURN r, p.code AS parent ORDER BY r.code
			""";

	private final Neo4jClient client;

	Regions(Neo4jClient client) {
		this.client = client;
	}

	/** All regions with their parents and children. */
	@Cacheable(CACHE)
	public Tree tree() {
		Map<String, Region> byCode = new LinkedHashMap<>();
		Map<String, String> parents = new HashMap<>();
		record Row(Region region, String parent) {
		}
		this.client.query(TREE)
			.fetchAs(Row.class)
			.mappedBy((types, row) -> new Row(Region.from(row.get("r").asNode()), row.get("parent").asString(null)))
			.all()
			.forEach(row -> {
				byCode.put(row.region().code(), row.region());
				if (row.parent() != null) {
					parents.put(row.region().code(), row.parent());
				}
			});
		Map<String, List<Region>> children = new HashMap<>();
		byCode.values()
			.forEach(region -> Optional.ofNullable(parents.get(region.code()))
				.ifPresent(parent -> children.computeIfAbsent(parent, key -> new ArrayList<>()).add(region)));
		children.replaceAll((code, list) -> List.copyOf(list));
		return new Tree(Map.copyOf(byCode), Map.copyOf(parents), Map.copyOf(children));
	}

	/**
	 * The region hierarchy.
	 *
	 * @param byCode every region by code
	 * @param parents the parent's code by region code
	 * @param children the children, by code, by the parent's code
	 */
	public record Tree(Map<String, Region> byCode, Map<String, String> parents, Map<String, List<Region>> children) {

		public Optional<Region> region(String code) {
			return Optional.ofNullable(this.byCode.get(code));
		}

		public Optional<Region> parent(String code) {
			return Optional.ofNullable(this.parents.get(code)).map(this.byCode::get);
		}

		public List<Region> children(String code) {
			return this.children.getOrDefault(code, List.of());
		}

	}

}
