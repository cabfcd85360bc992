package io.industryatlas.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.observation.metrics.ConnectionPoolMetrics;
import org.neo4j.driver.observation.metrics.Metrics;

/**
 * The Neo4j driver's connection pools as meters, tagged with the pool's id and its
 * server's address: connections in use, idle and being opened, acquisitions waiting,
 * connections opened, failed and closed, acquisition timeouts, and the time spent
 * acquiring and using connections.
 * <p>
 * A driver opens a pool per server on its first connection to it (a routing driver one
 * per cluster member) and closes it when the server leaves, so the meters follow the
 * driver's pools: checked when bound and every {@link #REFRESH_SECONDS} seconds after.
 * The meters only read the driver's counters; nothing here holds a request.
 */
final class DriverPoolMeters implements MeterBinder, AutoCloseable {

	static final long REFRESH_SECONDS = 5;

	private static final Log logger = LogFactory.getLog(DriverPoolMeters.class);

	private final Metrics metrics;

	private final List<MeterRegistry> registries = new ArrayList<>();

	/** The meters of each pool seen, by pool id. */
	private final Map<String, List<Meter>> pools = new HashMap<>();

	private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "neo4j-pool-meters");
		thread.setDaemon(true);
		return thread;
	});

	DriverPoolMeters(Metrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public synchronized void bindTo(MeterRegistry registry) {
		boolean first = this.registries.isEmpty();
		this.registries.add(registry);
		this.pools.forEach((id, meters) -> this.metrics.connectionPoolMetrics()
			.stream()
			.filter(pool -> pool.id().equals(id))
			.findFirst()
			.ifPresent(pool -> meters.addAll(register(pool, registry))));
		refresh();
		if (first) {
			this.refresher.scheduleWithFixedDelay(this::refreshQuietly, REFRESH_SECONDS, REFRESH_SECONDS,
					TimeUnit.SECONDS);
		}
	}

	/** A failed refresh must not end the schedule: the next one tries again. */
	private void refreshQuietly() {
		try {
			refresh();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not update the Neo4j driver's pool meters", ex);
		}
	}

	/** Adds meters for new pools and removes those of closed ones. */
	synchronized void refresh() {
		Map<String, ConnectionPoolMetrics> current = this.metrics.connectionPoolMetrics()
			.stream()
			.collect(Collectors.toMap(ConnectionPoolMetrics::id, pool -> pool, (one, other) -> one));
		for (String id : Set.copyOf(this.pools.keySet())) {
			if (!current.containsKey(id)) {
				this.pools.remove(id).forEach(meter -> this.registries.forEach(registry -> registry.remove(meter)));
			}
		}
		current.forEach((id, pool) -> this.pools.computeIfAbsent(id, key -> {
			List<Meter> meters = new ArrayList<>();
			this.registries.forEach(registry -> meters.addAll(register(pool, registry)));
			return meters;
		}));
	}

	private static List<Meter> register(ConnectionPoolMetrics pool, MeterRegistry registry) {
		Tags tags = Tags.of("pool", pool.id(), "address", address(pool.id()));
		return List.of(
				gauge("neo4j.driver.pool.connections.in.use", "Connections borrowed from the pool", pool,
						ConnectionPoolMetrics::inUse, tags, registry),
				gauge("neo4j.driver.pool.connections.idle", "Connections waiting in the pool", pool,
						ConnectionPoolMetrics::idle, tags, registry),
				gauge("neo4j.driver.pool.connections.creating", "Connections being opened", pool,
						ConnectionPoolMetrics::creating, tags, registry),
				gauge("neo4j.driver.pool.acquisitions.pending", "Requests for a connection still waiting for one", pool,
						ConnectionPoolMetrics::acquiring, tags, registry),
				counter("neo4j.driver.pool.connections.opened", "Connections opened", pool,
						ConnectionPoolMetrics::created, tags, registry),
				counter("neo4j.driver.pool.connections.failed", "Connections that failed to open", pool,
						ConnectionPoolMetrics::failedToCreate, tags, registry),
				counter("neo4j.driver.pool.connections.closed", "Connections closed", pool,
						ConnectionPoolMetrics::closed, tags, registry),
				counter("neo4j.driver.pool.acquisition.timeouts",
						"Requests that got no connection within the acquisition timeout", pool,
						ConnectionPoolMetrics::timedOutToAcquire, tags, registry),
				FunctionTimer
					.builder("neo4j.driver.pool.acquisition", pool, ConnectionPoolMetrics::acquired,
							ConnectionPoolMetrics::totalAcquisitionTime, TimeUnit.MILLISECONDS)
					.description("Connections acquired from the pool, and the time spent waiting for them")
					.tags(tags)
					.register(registry),
				FunctionTimer
					.builder("neo4j.driver.pool.usage", pool, ConnectionPoolMetrics::totalInUseCount,
							ConnectionPoolMetrics::totalInUseTime, TimeUnit.MILLISECONDS)
					.description("Connections given back to the pool, and how long they were borrowed")
					.tags(tags)
					.register(registry));
	}

	private static Gauge gauge(String name, String description, ConnectionPoolMetrics pool,
			ToDoubleFunction<ConnectionPoolMetrics> value, Tags tags, MeterRegistry registry) {
		return Gauge.builder(name, pool, value)
			.description(description)
			.tags(tags)
			.strongReference(true)
			.register(registry);
	}

	private static FunctionCounter counter(String name, String description, ConnectionPoolMetrics pool,
			ToDoubleFunction<ConnectionPoolMetrics> value, Tags tags, MeterRegistry registry) {
		return FunctionCounter.builder(name, pool, value).description(description).tags(tags).register(registry);
	}

	/**
	 * The server of a pool: its id is {@code host:port-n}, n a number of the pool's own.
	 */
	static String address(String poolId) {
		return poolId.replaceFirst("-(-?\\d+)$", "");
	}

	@Override
	public void close() {
		this.refresher.shutdownNow();
	}

}
