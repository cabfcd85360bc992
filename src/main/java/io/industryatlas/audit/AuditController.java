package io.industryatlas.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Page;
import io.industryatlas.api.Pages;
import io.industryatlas.security.Access;

/** The audit log, for administrators. */
@Controller
class AuditController {

	private static final String RECORDS = """
			MATCH (a:AuditRecord)
			WHERE ($target IS NULL OR a.targetId = $target) AND ($actor IS NULL OR a.actor = $actor)
			RETURN a {.*, at: toString(a.at)} AS a
			ORDER BY a.at DESC, a.id SKIP $skip LIMIT $fetch
			""";

	private final Neo4jClient client;

	private final Pages pages;

	private final Access access;

	private final AuditLog log;

	AuditController(Neo4jClient client, Pages pages, Access access, AuditLog log) {
		this.client = client;
		this.pages = pages;
		this.access = access;
		this.log = log;
	}

	@QueryMapping
	Window<AuditRecord> auditRecords(@Argument @Nullable String targetId, @Argument @Nullable String actor,
			ScrollSubrange subrange) {
		this.access.requireAdmin();
		Page page = this.pages.of(subrange);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("target", targetId);
		parameters.put("actor", actor);
		return page.window(List
			.copyOf(this.client.query(RECORDS).bindAll(parameters).fetchAs(AuditRecord.class).mappedBy((types, row) -> {
				var a = row.get("a");
				return new AuditRecord(a.get("id").asString(), a.get("at").asString(), a.get("actor").asString(),
						a.get("operation").asString(), a.get("targetKind").asString(), a.get("targetId").asString(),
						a.get("summary").asString(), this.log.changes(a.get("changes").asString()));
			}).all()));
	}

}
