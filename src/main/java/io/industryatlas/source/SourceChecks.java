package io.industryatlas.source;

import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.Problems;

/** Checks that a {@link SourceInput} names a document of the atlas. */
@Component
public class SourceChecks {

	private static final String EXISTS = """
			RETURN EXISTS { MATCH (:Document {id: $id}) } AS found
			""";

	private final Neo4jClient client;

	SourceChecks(Neo4jClient client) {
		this.client = client;
	}

	/** Adds a problem at {@code field}.documentId when the document is unknown. */
	public void check(Problems problems, String field, @Nullable SourceInput source) {
		if (source == null || source.documentId() == null) {
			return;
		}
		boolean found = this.client.query(EXISTS)
			.bindAll(Map.of("id", source.documentId()))
			.fetchAs(Boolean.class)
			.one()
			.orElse(false);
		problems.check(found, field + ".documentId", "no document '%s'".formatted(source.documentId()));
	}

}
