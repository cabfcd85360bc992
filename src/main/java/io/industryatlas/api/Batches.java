package io.industryatlas.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neo4j.driver.Record;

import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * One query for a whole batch of parents: the query takes {@code $keys} and returns a
 * {@code key} column naming the parent of each row. What every {@code @BatchMapping} of
 * the API is built on, so that nested fields never cost a query per parent.
 */
public final class Batches {

	private Batches() {
	}

	/**
	 * The rows of {@code query} for the entities' keys, as a list per entity (possibly
	 * empty).
	 */
	public static <T, V> Map<T, List<V>> lists(Neo4jClient client, String query, Collection<T> entities,
			Function<T, String> key, Function<Record, V> mapper) {
		Map<String, List<V>> byKey = grouped(client, query, entities, key, mapper);
		Map<T, List<V>> result = new LinkedHashMap<>();
		entities.forEach(entity -> result.put(entity, byKey.getOrDefault(key.apply(entity), List.of())));
		return result;
	}

	/** The first row of {@code query} for each entity that has one. */
	public static <T, V> Map<T, V> singles(Neo4jClient client, String query, Collection<T> entities,
			Function<T, String> key, Function<Record, V> mapper) {
		Map<String, List<V>> byKey = grouped(client, query, entities, key, mapper);
		Map<T, V> result = new LinkedHashMap<>();
		entities.forEach(entity -> {
			List<V> values = byKey.get(key.apply(entity));
			if (values != null && !values.isEmpty()) {
				result.put(entity, values.get(0));
			}
		});
		return result;
	}

	private static <T, V> Map<String, List<V>> grouped(Neo4jClient client, String query, Collection<T> entities,
			Function<T, String> key, Function<Record, V> mapper) {
		record Keyed<V>(String key, V value) {
		}
		Map<String, List<V>> byKey = new LinkedHashMap<>();
		client.query(query)
			.bind(entities.stream().map(key).distinct().toList())
			.to("keys")
			.fetchAs(Keyed.class)
			.mappedBy((types, row) -> new Keyed<>(row.get("key").asString(), mapper.apply(row)))
			.all()
			.forEach(keyed -> byKey.computeIfAbsent(keyed.key(), k -> new ArrayList<>()).add((V) keyed.value()));
		return byKey;
	}

}
