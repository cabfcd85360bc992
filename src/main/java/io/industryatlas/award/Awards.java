package io.industryatlas.award;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.Batches;
import io.industryatlas.source.EntityKind;

/** The award history of many holders of one kind, oldest first, in one query. */
@Component
public class Awards {

	/** Award {@code a} with the ids of the awards it supersedes and is superseded by. */
	static final String PROJECTION = """
			a {.*, supersedes: COLLECT { MATCH (a)-[:SUPERSEDES]->(o:Award) RETURN o.id }[0],
			       supersededBy: COLLECT { MATCH (a)<-[:SUPERSEDES]-(n:Award) RETURN n.id }[0],
			       grantedUnder: COLLECT { MATCH (a)-[:GRANTED_UNDER]->(m:Measure) RETURN m.id }[0]}
			""";

	private static final String QUERY = """
			UNWIND $keys AS key
			MATCH (:%s {id: key})-[:RECEIVED]->(a:Award)
			WITH key, a
			ORDER BY key, coalesce(a.awardedOn, date({year: coalesce(a.year, 9999)})), a.id
			RETURN key, """ + PROJECTION.strip() + " AS a";

	private final Map<EntityKind, String> queries = new EnumMap<>(EntityKind.class);

	private final Neo4jClient client;

	Awards(Neo4jClient client) {
		this.client = client;
		for (EntityKind kind : List.of(EntityKind.ENTERPRISE, EntityKind.PLATFORM, EntityKind.INSTITUTION)) {
			this.queries.put(kind, QUERY.formatted(kind.label()));
		}
	}

	public <T> Map<T, List<Award>> of(EntityKind kind, Collection<T> holders, Function<T, String> key) {
		return Batches.lists(this.client, this.queries.get(kind), holders, key, row -> Award.from(row.get("a")));
	}

}
