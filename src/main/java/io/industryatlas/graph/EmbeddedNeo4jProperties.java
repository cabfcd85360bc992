package io.industryatlas.graph;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded database, used when no external Neo4j URI is configured.
 *
 * @param dataDirectory where the database files are kept between runs
 * @param boltHost the address the Bolt connector listens on (loopback by default: the
 * embedded database has no authentication)
 * @param boltPort the Bolt port; 0 picks a free port (tests)
 * @param pageCacheMb the page cache size in MiB
 * @param transactionTimeout how long one transaction (one request's query or write) may
 * run before the database stops it; a little under the API's request timeout
 * ({@code atlas.api.limits.request-timeout}) so that the database gives up first and
 * nothing is left running. Seeding and sample generation are not limited.
 */
@ConfigurationProperties("atlas.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltHost, @DefaultValue("7687") int boltPort,
		@DefaultValue("256") long pageCacheMb, @DefaultValue("25s") Duration transactionTimeout) {
}
