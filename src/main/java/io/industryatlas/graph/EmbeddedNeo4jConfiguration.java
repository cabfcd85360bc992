package io.industryatlas.graph;

import java.net.URI;
import java.time.Duration;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside the app and exposes its Bolt port to Spring Boot as connection
 * details, so that the driver and Spring Data Neo4j talk to it exactly as they would to a
 * server. Set {@code spring.neo4j.uri} (or {@code NEO4J_URI}) and this is skipped.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedNeo4jCondition.class)
class EmbeddedNeo4jConfiguration {

	private static final Log logger = LogFactory.getLog(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		long start = System.nanoTime();
		DatabaseManagementService service = new DatabaseManagementServiceBuilder(
				properties.dataDirectory().toAbsolutePath())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address, new SocketAddress(properties.boltHost(), properties.boltPort()))
			.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
			.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(properties.pageCacheMb()))
			.setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
			.setConfig(GraphDatabaseSettings.transaction_timeout, properties.transactionTimeout())
			// Checked twice a second, so a timed-out request stops soon after its limit.
			.setConfig(GraphDatabaseSettings.transaction_monitor_check_interval, Duration.ofMillis(500))
			.build();
		logger.info("Embedded Neo4j started in %d ms, data in %s".formatted(
				Duration.ofNanos(System.nanoTime() - start).toMillis(), properties.dataDirectory().toAbsolutePath()));
		return service;
	}

	@Bean
	Neo4jConnectionDetails embeddedNeo4jConnectionDetails(DatabaseManagementService service) {
		GraphDatabaseAPI database = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://%s:%d".formatted(bolt.getHost(), bolt.getPort()));
		logger.info("Embedded Neo4j Bolt connector on " + uri);
		return new Neo4jConnectionDetails() {

			@Override
			public URI getUri() {
				return uri;
			}

			@Override
			public AuthToken getAuthToken() {
				return AuthTokens.none();
			}

		};
	}

}
