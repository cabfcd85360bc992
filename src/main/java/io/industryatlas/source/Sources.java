package io.industryatlas.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.Batches;

/**
 * Loads the sources of many entities of one kind with one query: what every
 * {@code sources} field of the API batches into.
 */
@Component
public class Sources {

	private final Neo4jClient client;

	Sources(Neo4jClient client) {
		this.client = client;
	}

	/** The sources of each entity, keyed by the entity (every entity gets a list). */
	public <T> Map<T, List<Source>> of(EntityKind kind, Collection<T> entities, Function<T, String> key) {
		return Batches.lists(this.client, kind.sourcesQuery, entities, key,
				row -> new Source(Document.from(row.get("document").asNode()), row.get("clause").asString(),
						row.get("quote").asString(), row.get("role").asString(null),
						row.get("roleNote").asString(null)));
	}

}
