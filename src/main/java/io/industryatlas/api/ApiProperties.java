package io.industryatlas.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the GraphQL API.
 *
 * @param defaultPageSize items on a page when the query gives no
 * {@code first}/{@code last}
 * @param maxPageSize the largest page a query may ask for
 * @param documentCacheSize how many distinct query documents are kept parsed and
 * validated
 * @param limits what one request may ask for
 */
@ConfigurationProperties("atlas.api")
public record ApiProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("1000") int documentCacheSize, @DefaultValue Limits limits) {

	/**
	 * Limits on one request, so that no single request can tie up the server.
	 *
	 * @param maxDepth the deepest nesting of fields
	 * @param maxComplexity the most fields (each field, aliases included, counts one)
	 * @param maxAliases the most aliased fields
	 * @param maxRequestBytes the largest request body
	 * @param requestTimeout how long a request may take before the caller gets a 408
	 * answer; the embedded database stops the request's transaction a little earlier
	 * ({@code atlas.neo4j.embedded.transaction-timeout}), so nothing keeps running
	 */
	public record Limits(@DefaultValue("15") int maxDepth, @DefaultValue("500") int maxComplexity,
			@DefaultValue("20") int maxAliases, @DefaultValue("65536") int maxRequestBytes,
			@DefaultValue("30s") java.time.Duration requestTimeout) {
	}

}
