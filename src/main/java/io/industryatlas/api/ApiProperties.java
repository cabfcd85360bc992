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
 */
@ConfigurationProperties("atlas.api")
public record ApiProperties(@DefaultValue("20") int defaultPageSize, @DefaultValue("100") int maxPageSize,
		@DefaultValue("1000") int documentCacheSize) {
}
