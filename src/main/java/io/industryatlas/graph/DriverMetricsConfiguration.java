package io.industryatlas.graph;

import org.neo4j.driver.observation.metrics.MetricsObservationProvider;

import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The Neo4j driver's connection-pool counters, for the embedded database and an external
 * server alike. Driver 6 took {@code Driver.metrics()} away: its pools report to the
 * driver's observation provider, of which the app installs the plain-counter one (the
 * driver's metrics module). Not the driver's Micrometer module: under Boot's meter
 * handler it kept every finished request reachable (docs/benchmark-results.md).
 */
@Configuration(proxyBeanMethods = false)
class DriverMetricsConfiguration {

	@Bean
	MetricsObservationProvider driverMetricsObservationProvider() {
		return MetricsObservationProvider.newInstance();
	}

	/**
	 * The driver takes one observation provider. Ordered after Boot's own customizer
	 * (order 0, which installs the driver's Micrometer module where that is on the class
	 * path, as it is for the tests), so that this one is the driver's.
	 */
	@Bean
	@Order(1)
	ConfigBuilderCustomizer driverMetrics(MetricsObservationProvider provider) {
		return builder -> builder.withObservationProvider(provider);
	}

	@Bean
	DriverPoolMeters driverPoolMeters(MetricsObservationProvider provider) {
		return new DriverPoolMeters(provider.metrics());
	}

}
