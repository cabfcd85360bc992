package io.industryatlas.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Value;
import reactor.core.publisher.Mono;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.execution.BatchLoaderRegistry;

/**
 * Registers DataLoaders for paged nested lists (a connection inside a list of parents),
 * so that {@code regions { parks(first: 5) }} costs one query, not one per region.
 */
public final class PagedLoaders {

	private PagedLoaders() {
	}

	/** Fetches one page of children for each of many parents. */
	@FunctionalInterface
	public interface PageFetcher<K, V> {

		Map<K, List<V>> fetch(List<K> parents, Page page, @Nullable Object filter);

	}

	/**
	 * Registers a loader that runs {@code query} once per distinct page and filter. The
	 * query takes {@code $keys}, {@code $skip}, {@code $fetch} (and the filter's entries,
	 * when the filter is a map) and returns one row per parent: {@code key} and the list
	 * {@code items}, in page order.
	 */
	public static <V> void register(BatchLoaderRegistry registry, String name, Neo4jClient client, String query,
			Function<Value, V> mapper) {
		register(registry, name, (List<String> keys, Page page, @Nullable Object filter) -> {
			record Keyed<V>(String key, List<V> items) {
			}
			Map<String, Object> parameters = new HashMap<>(page.parameters());
			parameters.put("keys", keys);
			if (filter instanceof Map<?, ?> entries) {
				entries.forEach((k, v) -> parameters.put((String) k, v));
			}
			Map<String, List<V>> result = new HashMap<>();
			client.query(query)
				.bindAll(parameters)
				.fetchAs(Keyed.class)
				.mappedBy(
						(types, row) -> new Keyed<>(row.get("key").asString(), row.get("items").asList(mapper::apply)))
				.all()
				.forEach(keyed -> result.put(keyed.key(), keyed.items()));
			return result;
		});
	}

	public static <K, V> void register(BatchLoaderRegistry registry, String name, PageFetcher<K, V> fetcher) {
		registry.<PageKey<K>, Window<V>>forName(name)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(keys, fetcher)));
	}

	static <K, V> Map<PageKey<K>, Window<V>> load(Set<PageKey<K>> keys, PageFetcher<K, V> fetcher) {
		Map<List<Object>, List<PageKey<K>>> groups = keys.stream()
			.collect(Collectors.groupingBy(key -> java.util.Arrays.asList(key.page(), key.filter())));
		Map<PageKey<K>, Window<V>> result = new HashMap<>();
		groups.forEach((group, members) -> {
			Page page = members.get(0).page();
			Object filter = members.get(0).filter();
			List<K> parents = new ArrayList<>(members.stream().map(PageKey::parent).distinct().toList());
			Map<K, List<V>> fetched = fetcher.fetch(parents, page, filter);
			for (PageKey<K> key : members) {
				result.put(key, page.window(Objects.requireNonNullElse(fetched.get(key.parent()), List.of())));
			}
		});
		return result;
	}

}
