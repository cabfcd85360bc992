package io.industryatlas.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.industryatlas.security.Actor;

/**
 * Writes audit records. It joins the caller's transaction (and refuses to run without
 * one), so a change and its record are committed together or not at all.
 */
@Component
public class AuditLog {

	private static final String RECORD = """
			UNWIND $records AS record
			CREATE (a:AuditRecord {id: randomUUID(), at: datetime.transaction('UTC'), actor: $actor,
			        operation: $operation, targetKind: record.kind, targetId: record.target,
			        summary: record.summary, changes: record.changes})
			""";

	private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
	};

	private final Neo4jClient client;

	private final JsonMapper json;

	AuditLog(Neo4jClient client, JsonMapper json) {
		this.client = client;
		this.json = json;
	}

	/**
	 * Records a change to one entity; {@code changes} may hold nulls (unchanged fields),
	 * which are left out.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String operation, Entry entry) {
		record(actor, operation, List.of(entry));
	}

	/** Records changes to many entities made by one operation (e.g. an import). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String operation, List<Entry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		List<Map<String, Object>> records = entries.stream().map(entry -> {
			Map<String, Object> record = new HashMap<>();
			record.put("kind", entry.kind());
			record.put("target", entry.target());
			record.put("summary", entry.summary());
			record.put("changes",
					this.json.writeValueAsString(entry.changes().stream().filter(Objects::nonNull).toList()));
			return record;
		}).toList();
		this.client.query(RECORD)
			.bindAll(Map.of("records", records, "actor", actor.username(), "operation", operation))
			.run();
	}

	List<Change> changes(String stored) {
		return this.json.readValue(stored, CHANGES);
	}

	/**
	 * What one entity's record says.
	 *
	 * @param kind the entity's label, e.g. {@code Enterprise}
	 * @param target its id
	 * @param summary one line on what happened
	 * @param changes the changed fields ({@link Change#of} gives null for unchanged ones)
	 */
	public record Entry(String kind, String target, String summary, List<@Nullable Change> changes) {

		public Entry {
			changes = new java.util.ArrayList<>(changes);
		}

	}

}
