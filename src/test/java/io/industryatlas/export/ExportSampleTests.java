package io.industryatlas.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import io.industryatlas.SampleAtlasTest;
import io.industryatlas.export.Exports.Table;

import static io.industryatlas.export.Exports.at;
import static io.industryatlas.export.Exports.nodes;
import static io.industryatlas.export.Exports.rows;
import static io.industryatlas.export.Exports.sources;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports over the sample data: lists longer than one page of the API (100) come out
 * whole and in the API's order, a connection nested under a list is paged for each of its
 * parents, and lists flattened from a connection's items' lists (awards of tenants) hold
 * every item.
 */
@SampleAtlasTest
class ExportSampleTests {

	private static final String HEILONGJIANG = "230000";

	@Autowired
	HttpGraphQlTester graphQl;

	@LocalServerPort
	int port;

	private Exports exports;

	@BeforeEach
	void exports() {
		this.exports = new Exports(this.port);
	}

	@Test
	void aListLongerThanOnePageIsExportedWholeInTheApisOrder() throws Exception {
		List<Map<String, Object>> enterprises = nodes(this.graphQl, """
				query ($code: ID!, $first: Int, $after: String) {
				  region(code: $code) {
				    enterprises(first: $first, after: $after) {
				      edges { node { id name nameEn sample region { code name } } } pageInfo { hasNextPage endCursor }
				    }
				  }
				}""", "region.enterprises", Map.of("code", HEILONGJIANG));
		assertThat(enterprises).as("more than one page of the API").hasSizeGreaterThan(100);
		Table table = this.exports.both("region-enterprises", "code", HEILONGJIANG);
		assertThat(table.rows()).isEqualTo(rows(enterprises, e -> list(e.get("id"), e.get("name"), e.get("nameEn"),
				e.get("sample"), at(e, "region.code"), at(e, "region.name"))));
		assertThat(table.column("sample")).contains("true", "false");
	}

	@Test
	void aConnectionUnderAListIsPagedForEachParent() throws Exception {
		// The chain whose links have the most local enterprises in Heilongjiang.
		List<String> chains = this.graphQl.document("{ chains(first: 100) { edges { node { id } } } }")
			.execute()
			.path("chains.edges[*].node.id")
			.entityList(String.class)
			.get();
		String chain = null;
		int most = -1;
		for (String id : chains) {
			List<Integer> counts = this.graphQl
				.document("{ chainGaps(chain: \"%s\", region: \"%s\") { links { localEnterprises } } }".formatted(id,
						HEILONGJIANG))
				.execute()
				.path("chainGaps.links[*].localEnterprises")
				.entityList(Integer.class)
				.get();
			int max = counts.stream().max(Comparator.naturalOrder()).orElse(0);
			if (max > most) {
				most = max;
				chain = id;
			}
		}
		assertThat(most).as("a link with more local enterprises than one page").isGreaterThan(100);
		List<String> links = this.graphQl
			.document("{ chainGaps(chain: \"%s\", region: \"%s\") { links { link { id } } } }".formatted(chain,
					HEILONGJIANG))
			.execute()
			.path("chainGaps.links[*].link.id")
			.entityList(String.class)
			.get();
		List<List<String>> expected = new ArrayList<>();
		for (String link : links) {
			List<Map<String, Object>> local = nodes(this.graphQl, """
					query ($link: ID!, $region: ID, $first: Int, $after: String) {
					  chainLink(id: $link) {
					    enterprises(region: $region, first: $first, after: $after) {
					      edges { node { id } } pageInfo { hasNextPage endCursor }
					    }
					  }
					}""", "chainLink.enterprises", Map.of("link", link, "region", HEILONGJIANG));
			local.forEach(e -> expected.add(List.of(link, (String) e.get("id"))));
		}
		Table table = this.exports.both("chain-link-enterprises", "chain", chain, "region", HEILONGJIANG);
		List<List<String>> actual = new ArrayList<>();
		for (int i = 0; i < table.rows().size(); i++) {
			actual.add(List.of(table.column("link_id").get(i), table.column("enterprise_id").get(i)));
		}
		assertThat(actual).hasSizeGreaterThan(100).isEqualTo(expected);
	}

	@Test
	void aParksTenantsHistoryAndTheirAwardsAreEveryOne() throws Exception {
		// The park whose current tenants hold the most awards.
		List<Map<String, Object>> parks = nodes(this.graphQl, """
				query ($first: Int, $after: String) {
				  parks(first: $first, after: $after) {
				    edges { node { id tenants(first: 100) { edges { node { enterprise { awards { id } } } } } } }
				    pageInfo { hasNextPage endCursor }
				  }
				}""", "parks", Map.of());
		String park = (String) parks.stream()
			.max(Comparator
				.comparingInt(p -> ((List<?>) Exports.read(p, "tenants.edges.node.enterprise.awards")).size()))
			.orElseThrow()
			.get("id");
		List<Map<String, Object>> history = nodes(this.graphQl, """
				query ($id: ID!, $first: Int, $after: String) {
				  park(id: $id) {
				    tenancyHistory(first: $first, after: $after) {
				      edges { node { since until sample source { document { id } clause } enterprise { id name } } }
				      pageInfo { hasNextPage endCursor }
				    }
				  }
				}""", "park.tenancyHistory", Map.of("id", park));
		assertThat(history).isNotEmpty();
		Table table = this.exports.both("park-tenancy-history", "id", park);
		assertThat(table.column("enterprise_id")).isEqualTo(history.stream().map(t -> at(t, "enterprise.id")).toList());
		assertThat(table.column("since")).isEqualTo(history.stream().map(t -> Exports.norm(t.get("since"))).toList());
		assertThat(table.column("until")).isEqualTo(history.stream().map(t -> Exports.norm(t.get("until"))).toList());
		assertThat(table.column("sample")).containsOnly("true");
		assertThat(table.column("source")).isEqualTo(history.stream().map(t -> sources(t.get("source"))).toList());

		List<Map<String, Object>> tenants = nodes(this.graphQl, """
				query ($id: ID!, $first: Int, $after: String) {
				  park(id: $id) {
				    tenants(first: $first, after: $after) {
				      edges { node { enterprise { id awards { id title } } } } pageInfo { hasNextPage endCursor }
				    }
				  }
				}""", "park.tenants", Map.of("id", park));
		List<List<String>> awards = new ArrayList<>();
		for (Map<String, Object> tenant : tenants) {
			for (Object award : (List<?>) at(tenant, "enterprise.awards")) {
				awards.add(List.of((String) at(tenant, "enterprise.id"), (String) at(award, "id"),
						(String) at(award, "title")));
			}
		}
		assertThat(awards).isNotEmpty();
		Table tenantAwards = this.exports.both("park-tenant-awards", "id", park);
		List<List<String>> exported = new ArrayList<>();
		for (int i = 0; i < tenantAwards.rows().size(); i++) {
			exported.add(List.of(tenantAwards.column("enterprise_id").get(i), tenantAwards.column("id").get(i),
					tenantAwards.column("title").get(i)));
		}
		assertThat(exported).isEqualTo(awards);
		assertThat(tenantAwards.column("sample")).containsOnly("true");
	}

	private static List<Object> list(Object... values) {
		return java.util.Arrays.asList(values);
	}

}
