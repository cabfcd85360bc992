package io.industryatlas.graph;

import java.nio.file.Path;

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
 */
@ConfigurationProperties("atlas.neo4j.embedded")
public record EmbeddedNeo4jProperties(@DefaultValue("data") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltHost, @DefaultValue("7687") int boltPort,
		@DefaultValue("256") long pageCacheMb) {
}
