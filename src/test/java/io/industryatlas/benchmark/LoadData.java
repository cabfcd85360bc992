package io.industryatlas.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * What the load mix draws its variables from, read once from the database at the start:
 * the ids of regions, clusters, chains, parks, platforms and enterprises (sample ones
 * included), search texts, and (chain, area) pairs.
 */
final class LoadData {

	/** How many enterprise ids are read, at most. */
	private static final int MAX_ENTERPRISES = 100_000;

	/** Words users type into the search box, repeated by the hot share of searches. */
	private static final List<String> HOT_SEARCHES = List.of("生物医药", "生物制造", "哈尔滨", "大庆", "齐齐哈尔", "绥化", "玉米", "发酵",
			"中药", "秸秆", "产业园", "示例", "biomanufacturing", "Harbin", "pharmaceutical", "park");

	private static final String COUNTS = """
			RETURN COUNT { (:Enterprise) } AS enterprises, COUNT { (:Park) } AS parks, COUNT { (:Platform) } AS platforms,
			       COUNT { (:Region) } AS regions, COUNT { (:Cluster) } AS clusters, COUNT { (:Chain) } AS chains
			""";

	private static final String IDS = """
			CALL () { MATCH (r:Region) RETURN collect(r.code) AS regions }
			CALL () { MATCH (c:Cluster) WHERE EXISTS { (c)-[:INCLUDES]->(:Region) } RETURN collect(c.id) AS clusters }
			CALL () { MATCH (c:Chain) RETURN collect(c.id) AS chains }
			CALL () { MATCH (p:Park) RETURN collect(p.id) AS parks }
			CALL () { MATCH (p:Platform) RETURN collect(p.id) AS platforms }
			RETURN regions, clusters, chains, parks, platforms
			""";

	private static final String ENTERPRISES = """
			MATCH (e:Enterprise) WHERE e.name IS NOT NULL
			RETURN e.id AS id, e.name AS name LIMIT $limit
			""";

	final Map<String, Long> counts;

	final Pool<String> regions;

	final Pool<String> clusters;

	final Pool<String> parks;

	final Pool<String> platforms;

	final Pool<String> enterprises;

	final Pool<String> searches;

	/**
	 * A chain with a region or a cluster, as the chain and attraction views take them.
	 */
	final Pool<Map<String, Object>> chainAreas;

	private LoadData(Map<String, Long> counts, Pool<String> regions, Pool<String> clusters, Pool<String> parks,
			Pool<String> platforms, Pool<String> enterprises, Pool<String> searches,
			Pool<Map<String, Object>> chainAreas) {
		this.counts = counts;
		this.regions = regions;
		this.clusters = clusters;
		this.parks = parks;
		this.platforms = platforms;
		this.enterprises = enterprises;
		this.searches = searches;
		this.chainAreas = chainAreas;
	}

	static LoadData read(Driver driver, LoadSettings settings) {
		Map<String, Long> counts = new LinkedHashMap<>();
		driver.executableQuery(COUNTS).execute().records().get(0).asMap().forEach((k, v) -> counts.put(k, (Long) v));
		var ids = driver.executableQuery(IDS).execute().records().get(0);
		List<String> regions = ids.get("regions").asList(v -> v.asString());
		List<String> clusters = ids.get("clusters").asList(v -> v.asString());
		List<String> chains = ids.get("chains").asList(v -> v.asString());
		List<String> enterprises = new ArrayList<>();
		List<String> searches = new ArrayList<>(HOT_SEARCHES);
		for (var row : driver.executableQuery(ENTERPRISES)
			.withParameters(Map.of("limit", MAX_ENTERPRISES))
			.execute()
			.records()) {
			enterprises.add(row.get("id").asString());
			// What a user looking for this enterprise types: its name without the
			// parenthesised note (nothing Lucene would read as syntax).
			searches
				.add(row.get("name").asString().replaceAll("[（(].*$", "").replaceAll("[^\\p{L}\\p{N} ]", " ").strip());
		}
		List<Map<String, Object>> chainAreas = new ArrayList<>();
		for (String chain : chains) {
			regions.forEach(region -> chainAreas.add(Map.of("chain", chain, "region", region)));
			clusters.forEach(cluster -> chainAreas.add(Map.of("chain", chain, "cluster", cluster)));
		}
		Random shuffle = new Random(settings.randomSeed());
		int hot = settings.hotSetSize();
		return new LoadData(counts, new Pool<>(regions, hot, shuffle), new Pool<>(clusters, hot, shuffle),
				new Pool<>(ids.get("parks").asList(v -> v.asString()), hot, shuffle),
				new Pool<>(ids.get("platforms").asList(v -> v.asString()), hot, shuffle),
				new Pool<>(enterprises, hot, shuffle), new Pool<>(searches, HOT_SEARCHES.size(), null),
				new Pool<>(chainAreas, hot, shuffle));
	}

	/** Every pool's distinct values back to unused, for the next run. */
	void rewind() {
		List.of(this.regions, this.clusters, this.parks, this.platforms, this.enterprises, this.searches,
				this.chainAreas)
			.forEach(Pool::rewind);
	}

	/**
	 * Values of one kind: a hot set that most requests repeat, and the rest, handed out
	 * once each to the requests that ask for a distinct value (then the hot set again
	 * when they run out: small kinds, such as the 30 regions, run out in seconds; the
	 * report shows the share of requests whose variables were new).
	 */
	static final class Pool<T> {

		private final List<T> values;

		private final int hot;

		private final AtomicInteger next;

		/**
		 * @param values the values
		 * @param hotSetSize how many values the hot set has at most (at most half of
		 * them)
		 * @param shuffle the random order, or null to keep the given order (the first
		 * ones are the hot set)
		 */
		Pool(List<T> values, int hotSetSize, @Nullable Random shuffle) {
			if (values.isEmpty()) {
				throw new IllegalStateException("No values to draw from: is the database empty?");
			}
			this.values = new ArrayList<>(values);
			if (shuffle != null) {
				Collections.shuffle(this.values, shuffle);
			}
			this.hot = Math.max(1, Math.min(hotSetSize, this.values.size() / 2));
			this.next = new AtomicInteger(this.hot);
		}

		/**
		 * A value not handed out before when {@code distinct} and one is left, else a hot
		 * one.
		 */
		T pick(SplittableRandom random, boolean distinct) {
			if (distinct) {
				int index = this.next.getAndIncrement();
				if (index < this.values.size()) {
					return this.values.get(index);
				}
			}
			return this.values.get(random.nextInt(this.hot));
		}

		int size() {
			return this.values.size();
		}

		void rewind() {
			this.next.set(this.hot);
		}

	}

}
