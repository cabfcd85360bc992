package io.industryatlas.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Window;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Controller;

import io.industryatlas.api.Page;
import io.industryatlas.api.Pages;

/** The search box. */
@Controller
class SearchController {

	/** The index pages its hits itself (best first, ties in index order). */
	private static final String SEARCH = """
			CALL db.index.fulltext.queryNodes('entity_names', $query, {skip: $skip, limit: $fetch}) YIELD node, score
			WITH node, score,
			     [label IN labels(node) WHERE label IN ['Region', 'Cluster', 'Park', 'Enterprise', 'Institution',
			       'Platform', 'Chain', 'ChainLink', 'Domain', 'Direction']][0] AS label
			RETURN label, coalesce(node.id, node.code) AS id, node.name AS name, node.nameEn AS nameEn, score,
			       coalesce(node.sample, false) AS sample
			ORDER BY score DESC
			""";

	private static final Map<String, String> KINDS = Map.of("Region", "REGION", "Cluster", "CLUSTER", "Park", "PARK",
			"Enterprise", "ENTERPRISE", "Institution", "INSTITUTION", "Platform", "PLATFORM", "Chain", "CHAIN",
			"ChainLink", "CHAIN_LINK", "Domain", "DOMAIN", "Direction", "DIRECTION");

	private final Neo4jClient client;

	private final Pages pages;

	SearchController(Neo4jClient client, Pages pages) {
		this.client = client;
		this.pages = pages;
	}

	@QueryMapping
	Window<SearchHit> search(@Argument String text, ScrollSubrange subrange) {
		String query = SearchText.toQuery(text);
		Page page = this.pages.of(subrange);
		Map<String, Object> parameters = new HashMap<>(page.parameters());
		parameters.put("query", query);
		return page.window(List.copyOf(this.client.query(SEARCH)
			.bindAll(parameters)
			.fetchAs(SearchHit.class)
			.mappedBy((types, row) -> new SearchHit(KINDS.get(row.get("label").asString()), row.get("id").asString(),
					row.get("name").asString(), row.get("nameEn").asString(null), row.get("score").asDouble(),
					row.get("sample").asBoolean()))
			.all()));
	}

}
