package io.industryatlas.graph;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import org.springframework.cache.CacheManager;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * A stamp in the database that every committed write moves on, so that what was computed
 * from the data can be tied to the state it was computed from: the response cache keeps
 * an answer only while the stamp is where it was when the answer was computed.
 *
 * <p>
 * The stamp is one node, {@code (:DataVersion {key: 'atlas'})}: {@code version} moves on
 * with every write, {@code seed} only when the seed graph or sample data was loaded.
 * <ul>
 * <li>Every read-write transaction of the transaction manager (mutations, imports) moves
 * it in the same transaction, just before commit (this is a
 * {@link TransactionExecutionListener}, which Boot adds to the transaction manager): the
 * write and its stamp commit together or not at all. This instance learns the new stamp
 * before the writer's answer leaves, so it never answers from older data after that.</li>
 * <li>Writers that use the driver directly (seeding, sample data, recomputed counts) call
 * {@link #advanceAfterSeed()} when they are done.</li>
 * <li>Every instance reads the stamp every {@code atlas.data-version.check-every}
 * (default 250 ms), so a write through another instance of a scaled-out deployment is
 * seen within that time; a moved {@code seed} stamp also clears the caches of seed-only
 * data ({@link CacheConfiguration}). When the stamp could not be read for
 * {@code atlas.data-version.trust-for} (default 1 s), {@link #current()} says it is
 * unknown, and nothing computed earlier is served.</li>
 * </ul>
 * Taking the stamp's lock last, just before commit, orders concurrent writers at commit
 * only: a writer holding it holds no wait on anything else, so it adds no deadlock.
 * Changes made with Cypher outside the app (Neo4j Browser, cypher-shell) must move it
 * too: {@code MATCH (v:DataVersion {key: 'atlas'}) SET v.version = v.version + 1}.
 */
@Component
public class DataVersion implements TransactionExecutionListener, SmartLifecycle {

	private static final Log logger = LogFactory.getLog(DataVersion.class);

	private static final String READ = """
			MATCH (v:DataVersion {key: 'atlas'})
			RETURN v.version AS version, v.seed AS seed
			""";

	private static final String ENSURE = """
			MERGE (v:DataVersion {key: 'atlas'})
			ON CREATE SET v.version = 0, v.seed = 0
			""";

	private static final String ADVANCE = """
			MATCH (v:DataVersion {key: 'atlas'})
			SET v.version = v.version + 1
			RETURN v.version AS version
			""";

	private static final String ADVANCE_SEED = """
			MATCH (v:DataVersion {key: 'atlas'})
			SET v.version = v.version + 1, v.seed = v.seed + 1
			RETURN v.version AS version, v.seed AS seed
			""";

	/** The stamp this transaction moved to, until it commits. */
	private final ThreadLocal<@Nullable Long> pending = new ThreadLocal<>();

	private final AtomicLong version = new AtomicLong(-1);

	private final AtomicLong seed = new AtomicLong(-1);

	private final Driver driver;

	private final Neo4jClient client;

	private final CacheManager caches;

	private final Duration checkEvery;

	private final long trustNanos;

	/** When the stamp was last read from the database (or moved by a commit here). */
	private volatile long confirmedAt = System.nanoTime() - Long.MAX_VALUE / 2;

	private volatile @Nullable ScheduledExecutorService checker;

	DataVersion(Driver driver, Neo4jClient client, CacheManager caches, DataVersionProperties properties) {
		this.driver = driver;
		this.client = client;
		this.caches = caches;
		this.checkEvery = properties.checkEvery();
		this.trustNanos = properties.trustFor().toNanos();
	}

	/**
	 * The newest stamp this instance knows of, or -1 when it is unknown (not read from
	 * the database within {@code trust-for}). Every answer computed after a write
	 * committed here sees at least that write's stamp.
	 */
	public long current() {
		return (System.nanoTime() - this.confirmedAt < this.trustNanos) ? this.version.get() : -1;
	}

	/** Makes the stamp node if it is missing; called by the seeder before it loads. */
	void ensure() {
		try (Session session = this.driver.session()) {
			session.run(ENSURE).consume();
		}
		check();
	}

	/** Moves both stamps on after the seed graph or sample data changed. */
	void advanceAfterSeed() {
		try (Session session = this.driver.session()) {
			Record record = session.executeWrite(tx -> tx.run(ADVANCE_SEED).single());
			learn(record.get("version").asLong(), record.get("seed").asLong());
		}
	}

	@Override
	public void beforeCommit(TransactionExecution transaction) {
		if (transaction.isNewTransaction() && !transaction.isReadOnly()) {
			// Runs in the committing transaction: the client joins the bound one.
			long next = this.client.query(ADVANCE)
				.fetchAs(Long.class)
				.one()
				.orElseThrow(
						() -> new IllegalStateException("No (:DataVersion {key: 'atlas'}) node: the seeder makes it"));
			this.pending.set(next);
		}
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		Long next = this.pending.get();
		this.pending.remove();
		if (next != null && commitFailure == null) {
			advanceTo(this.version, next);
		}
	}

	@Override
	public void afterRollback(TransactionExecution transaction, @Nullable Throwable rollbackFailure) {
		this.pending.remove();
	}

	/** Reads the stamps from the database and learns them. */
	void check() {
		// What a read that starts now sees includes every write committed before: the
		// stamp is confirmed as of the start of the read.
		long started = System.nanoTime();
		try (Session session = this.driver.session()) {
			var result = session.run(READ);
			if (result.hasNext()) {
				Record record = result.next();
				learn(record.get("version").asLong(), record.get("seed").asLong());
				this.confirmedAt = started;
			}
		}
	}

	private void learn(long newVersion, long newSeed) {
		advanceTo(this.version, newVersion);
		long before = this.seed.get();
		if (advanceTo(this.seed, newSeed) && before >= 0) {
			// Another instance loaded a seed: what was cached from the old one may be
			// gone.
			this.caches.getCacheNames().forEach(name -> this.caches.getCache(name).clear());
			logger.info("Seed stamp moved to %d: caches of seed-only data cleared".formatted(newSeed));
		}
	}

	private static boolean advanceTo(AtomicLong stamp, long value) {
		long seen;
		do {
			seen = stamp.get();
			if (value <= seen) {
				return false;
			}
		}
		while (!stamp.compareAndSet(seen, value));
		return true;
	}

	@Override
	public void start() {
		ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "data-version-check");
			thread.setDaemon(true);
			return thread;
		});
		long millis = Math.max(10, this.checkEvery.toMillis());
		executor.scheduleWithFixedDelay(this::checkQuietly, millis, millis, TimeUnit.MILLISECONDS);
		this.checker = executor;
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (RuntimeException ex) {
			logger.warn("Could not read the data version (answers cached before stay until it can be read): "
					+ ex.getMessage());
		}
	}

	@Override
	public void stop() {
		ScheduledExecutorService executor = this.checker;
		if (executor != null) {
			executor.shutdownNow();
			this.checker = null;
		}
	}

	@Override
	public boolean isRunning() {
		return this.checker != null;
	}

}
