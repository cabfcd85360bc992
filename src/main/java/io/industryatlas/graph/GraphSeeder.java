package io.industryatlas.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.cache.CacheManager;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import io.industryatlas.chain.CoverageCounts;

/**
 * Loads {@code graph-seed/*.cypher} in file-name order before the API serves. A file runs
 * again only when its SHA-256 changed since the last run (kept on a {@code :SeedFile}
 * node); the statements are idempotent, so a re-run changes nothing. Each statement runs
 * in its own transaction, because schema and data changes cannot share one; a file that
 * fails is not marked as loaded and runs again on the next start.
 *
 * <p>
 * The chain-coverage counts ({@link CoverageCounts}) are computed in full afterwards when
 * a file was loaded, sample data generated, or they were never computed (an older
 * database, or an interrupted run).
 *
 * <p>
 * Whatever changed moves the data stamp on ({@link DataVersion}), so that no answer
 * computed from the graph before is served after.
 *
 * <p>
 * A hand-rolled runner rather than Neo4j-Migrations: the 2.x line available on Maven
 * Central targets driver 5, while Boot 4 ships driver 6; and the seed is idempotent facts
 * rather than one-way migrations.
 */
@Component
class GraphSeeder implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(GraphSeeder.class);

	/** Seeding is no request: the database's transaction timeout does not apply. */
	private static final TransactionConfig UNLIMITED = TransactionConfig.builder().withTimeout(Duration.ZERO).build();

	private static final String LOADED_CHECKSUMS = """
			MATCH (f:SeedFile) RETURN f.name AS name, f.sha256 AS sha256
			""";

	private static final String MARK_LOADED = """
			MERGE (f:SeedFile {name: $name})
			SET f.sha256 = $sha256, f.loadedAt = datetime(), f.statements = $statements
			""";

	private final Driver driver;

	private final ResourcePatternResolver resources;

	private final SeedProperties properties;

	private final SampleDataGenerator sampleData;

	private final CacheManager caches;

	private final CoverageCounts coverage;

	private final DataVersion dataVersion;

	GraphSeeder(Driver driver, ResourcePatternResolver resources, SeedProperties properties,
			SampleDataGenerator sampleData, CacheManager caches, CoverageCounts coverage, DataVersion dataVersion) {
		this.driver = driver;
		this.resources = resources;
		this.properties = properties;
		this.sampleData = sampleData;
		this.caches = caches;
		this.coverage = coverage;
		this.dataVersion = dataVersion;
	}

	@Override
	public void afterSingletonsInstantiated() {
		boolean changed = this.properties.enabled() && load() > 0;
		if (this.properties.sample().enabled()) {
			this.sampleData.load(this.properties.sample());
			changed = true;
		}
		if (changed || !this.coverage.computed()) {
			this.coverage.recompute();
		}
		this.dataVersion.ensure();
		if (changed) {
			this.dataVersion.advanceAfterSeed();
		}
	}

	/** Loads the seed files that changed, then the counts derived from the graph. */
	void seed() {
		if (load() > 0) {
			this.coverage.recompute();
			this.dataVersion.advanceAfterSeed();
		}
	}

	/** Loads the seed files that changed; returns how many. */
	private int load() {
		Resource[] files = seedFiles();
		long start = System.nanoTime();
		int loaded = 0;
		try (Session session = this.driver.session()) {
			Map<String, String> checksums = new HashMap<>();
			session.run(LOADED_CHECKSUMS, UNLIMITED)
				.forEachRemaining(r -> checksums.put(r.get("name").asString(), r.get("sha256").asString()));
			for (Resource file : files) {
				String name = file.getFilename();
				String script = read(file);
				String sha256 = sha256(script);
				if (sha256.equals(checksums.get(name))) {
					continue;
				}
				List<String> statements = CypherScript.statements(script);
				logger.info("Seeding %s (%d statements)".formatted(name, statements.size()));
				for (int i = 0; i < statements.size(); i++) {
					try {
						session.run(statements.get(i), UNLIMITED).consume();
					}
					catch (RuntimeException ex) {
						throw new IllegalStateException(
								"Seed file %s, statement %d failed: %s".formatted(name, i + 1, ex.getMessage()), ex);
					}
				}
				// Later files look up what earlier ones created: let new indexes come
				// online first.
				session.run("CALL db.awaitIndexes(300)", UNLIMITED).consume();
				session
					.run(MARK_LOADED, Map.of("name", name, "sha256", sha256, "statements", statements.size()),
							UNLIMITED)
					.consume();
				loaded++;
			}
		}
		if (loaded > 0) {
			// What was cached may have changed.
			this.caches.getCacheNames().forEach(name -> this.caches.getCache(name).clear());
		}
		logger.info("Seed graph: %d of %d files loaded (others unchanged) in %d ms".formatted(loaded, files.length,
				(System.nanoTime() - start) / 1_000_000));
		return loaded;
	}

	private Resource[] seedFiles() {
		try {
			Resource[] files = this.resources.getResources(this.properties.location());
			Arrays.sort(files, Comparator.comparing(Resource::getFilename));
			return files;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource resource) {
		try {
			return resource.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
