package io.industryatlas.serving;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Sizes the web server's threads and the database driver's connection pool from
 * {@code atlas.serving.concurrency} (and {@code queue}), as defaults: a setting given
 * explicitly ({@code server.tomcat.threads.max},
 * {@code spring.neo4j.pool.max-connection-pool-size}) still wins. Runs after the
 * configuration files are read, so it sees the settings from everywhere.
 */
class ServingSizes implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE = "atlasServingSizes";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		ServingProperties serving = Binder.get(environment).bindOrCreate("atlas.serving", ServingProperties.class);
		Map<String, Object> sizes = new LinkedHashMap<>();
		sizes.put("server.tomcat.threads.max", serving.serverThreads());
		sizes.put("spring.neo4j.pool.max-connection-pool-size", serving.connectionPool());
		// Queued requests hold a thread, not a connection: no request waits for one long.
		sizes.put("spring.neo4j.pool.connection-acquisition-timeout", serving.queueTimeout().toMillis() + "ms");
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE, sizes));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
