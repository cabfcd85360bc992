package io.industryatlas;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.neo4j.driver.observation.micrometer.MicrometerObservationProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.SchemaReport;

/**
 * What the tests observe of the running app: the number of queries the Neo4j driver runs
 * (from the driver's own Micrometer observations) and the start-up schema inspection
 * report.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupport {

	/**
	 * Counts queries the driver sends: one {@code neo4j.db.client.*.run.duration}
	 * observation per query run in a session or transaction.
	 */
	public static class QueryCounter implements ObservationHandler<Observation.Context> {

		private final AtomicInteger count = new AtomicInteger();

		/** The texts of the first queries since the last reset, for failure messages. */
		private final List<String> names = Collections.synchronizedList(new ArrayList<>());

		@Override
		public boolean supportsContext(Observation.Context context) {
			// The driver names its observations only when they start.
			return true;
		}

		/**
		 * Also cuts the observation from its parent, the HTTP and GraphQL request that
		 * ran the query: the driver keeps each connection acquisition's timeout task
		 * queued for the whole timeout (60 s) after the acquisition completed, and
		 * through the connection's observation the parent would keep every finished
		 * request of the last minute reachable (measured: ~7 800 requests and 700 000
		 * DataLoaders in a soak).
		 */
		@Override
		public void onStart(Observation.Context context) {
			context.setParentObservation(null);
		}

		/**
		 * Counted when they stop, by their text: the data stamp's check, which runs four
		 * times a second whatever the requests do, runs in an auto-commit session whose
		 * observation carries no text, and is no request's query.
		 */
		@Override
		public void onStop(Observation.Context context) {
			String name = context.getName();
			if (name == null || !name.startsWith("neo4j.db.client.") || !name.endsWith(".run.duration")
					|| context.getHighCardinalityKeyValue("db.query.text") == null) {
				return;
			}
			this.count.incrementAndGet();
			if (this.names.size() < 200) {
				this.names.add(String.valueOf(context.getHighCardinalityKeyValue("db.query.text")));
			}
		}

		public void reset() {
			this.count.set(0);
			this.names.clear();
		}

		public int count() {
			return this.count.get();
		}

		public List<String> names() {
			return List.copyOf(this.names);
		}

	}

	/** Holds the report of Spring for GraphQL's schema inspection at start-up. */
	public static class SchemaReports {

		private final List<SchemaReport> reports = new CopyOnWriteArrayList<>();

		public List<SchemaReport> reports() {
			return this.reports;
		}

	}

	/**
	 * Cold Cypher planning on a shared 2-core machine can exceed WebTestClient's 5 s
	 * default.
	 */
	@Bean
	WebTestClientBuilderCustomizer patientWebTestClient() {
		return builder -> builder.responseTimeout(Duration.ofSeconds(60));
	}

	@Bean
	QueryCounter queryCounter() {
		return new QueryCounter();
	}

	/**
	 * The driver's observations go to a registry of their own with only the counter: the
	 * app itself does not observe the driver (see the pom), and no meter handler keeps
	 * them. The driver takes one observation provider, so this one replaces the app's
	 * (its connection-pool counters); tests of those set
	 * {@code atlas.test.count-driver-queries=false}.
	 */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	@ConditionalOnBooleanProperty(name = "atlas.test.count-driver-queries", matchIfMissing = true)
	ConfigBuilderCustomizer countDriverQueries(QueryCounter counter) {
		ObservationRegistry registry = ObservationRegistry.create();
		registry.observationConfig().observationHandler(counter);
		return builder -> builder.withObservationProvider(MicrometerObservationProvider.builder(registry).build());
	}

	@Bean
	SchemaReports schemaReports() {
		return new SchemaReports();
	}

	@Bean
	GraphQlSourceBuilderCustomizer captureSchemaReport(SchemaReports reports) {
		return builder -> builder.inspectSchemaMappings(report -> reports.reports().add(report));
	}

}
