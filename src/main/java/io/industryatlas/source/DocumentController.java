package io.industryatlas.source;

import java.util.List;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The source documents. */
@Controller
class DocumentController {

	private static final String DOCUMENTS = """
			MATCH (d:Document) RETURN d ORDER BY d.issuedOn, d.id
			""";

	private final Neo4jClient client;

	DocumentController(Neo4jClient client) {
		this.client = client;
	}

	@QueryMapping
	List<Document> documents() {
		return List.copyOf(this.client.query(DOCUMENTS)
			.fetchAs(Document.class)
			.mappedBy((types, row) -> Document.from(row.get("d").asNode()))
			.all());
	}

}
