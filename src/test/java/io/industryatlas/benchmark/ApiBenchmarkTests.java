package io.industryatlas.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import io.industryatlas.TestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-query catalogue against the running app with generated sample data: median and
 * p99 latency (one client), throughput with concurrent clients, database queries per
 * request, and the same data fetched by one hand-written Cypher statement over the driver
 * in the same run (the GraphQL / Cypher ratio is the figure to watch; absolute times on a
 * shared machine are noisy). Prints a table and writes
 * {@code target/benchmark/results.md}. Asserts only correctness (no errors), never speed.
 * The default settings are a small smoke run; see the README for a real run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"atlas.neo4j.embedded.bolt-port=0", "atlas.neo4j.embedded.page-cache-mb=${benchmark.page-cache-mb:128}",
				"atlas.seed.sample.enabled=true", "atlas.seed.sample.enterprises=${benchmark.enterprises:500}" })
@Import(TestSupport.class)
class ApiBenchmarkTests {

	/**
	 * One catalogue query: the GraphQL request and the hand-written Cypher for the same
	 * data (with its parameters); for some, also a baseline statement, timed in the same
	 * run so the gain shows: for queries that read stored counts, the same statement
	 * counting from scratch; for the chain, the plain statement that sorts every coverer.
	 */
	record Case(String name, String graphql, String cypher, @Nullable String baseline, Map<String, Object> parameters) {

		Case(String name, String graphql, String cypher, @Nullable String baseline) {
			this(name, graphql, cypher, baseline, Map.of());
		}

		Case(String name, String graphql, String cypher) {
			this(name, graphql, cypher, null);
		}

	}

	/** Local enterprises on link {@code l} in {@code root}'s {@code area}: stored. */
	private static final String STORED_COUNT = """
			coalesce([(l)-[n:LOCAL_COUNT]->(root) | n.enterprises][0], 0)
			""";

	/** Local enterprises on link {@code l} in {@code root}'s {@code area}: counted. */
	private static final String FULL_COUNT = """
			COUNT { MATCH (e:Enterprise)-[:COVERS]->(l)
			  WHERE EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r IN area }
			     OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r) WHERE t.until IS NULL AND r IN area }
			  RETURN DISTINCT e }
			""";

	/** Each link's local count, and for the gaps five candidates outside Harbin. */
	private static final String GAPS = """
			MATCH (root:Region {code: '230100'})<-[:PART_OF*0..2]-(sub:Region)
			WITH root, collect(sub) AS area
			MATCH (:Chain {id: 'biomanufacturing-equipment-and-inputs'})-[:HAS_LINK]->(l:ChainLink)
			WITH l, area, %s AS local
			CALL (l, area, local) {
			  OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
			  WHERE local < 1 AND NOT EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r IN area }
			  WITH e ORDER BY e.name LIMIT 5
			  RETURN collect(e.id) AS candidates
			}
			RETURN l.id, local, candidates
			""";

	/** The enterprises outside Harbin covering its gap links, scored. */
	private static final String TARGETS = """
			MATCH (root:Region {code: '230100'})<-[:PART_OF*0..2]-(sub:Region)
			WITH root, collect(sub) AS area
			MATCH (:Chain {id: 'biomanufacturing-equipment-and-inputs'})-[:HAS_LINK]->(l:ChainLink)
			WITH l, area, %s AS local
			WHERE local < 1
			MATCH (e:Enterprise)-[:COVERS]->(l) WHERE NOT EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r IN area }
			WITH e, count(DISTINCT l) AS filled
			RETURN e.id, filled * 10 + COUNT { (e)-[:RECEIVED]->() } * 3 AS score ORDER BY score DESC LIMIT 10
			""";

	/** A park, its first tenants, and its current tenants by domain. */
	private static final String PARK = """
			MATCH (p:Park {id: 'fuyu-biomedicine-industrial-park'})
			OPTIONAL MATCH (p)-[:LOCATED_IN]->(r:Region)
			CALL (p) {
			  OPTIONAL MATCH (e:Enterprise)-[t:TENANT_OF]->(p) WHERE t.until IS NULL
			  WITH e, t ORDER BY e.name LIMIT 20
			  RETURN collect([e.id, e.name, t.since]) AS tenants
			}
			CALL (p) {
			  %s
			}
			RETURN p.name, r.code, tenants, byDomain
			""";

	/** Tenants by domain: stored. */
	private static final String PARK_STORED = """
			RETURN [(p)-[c:TENANTS_IN_DOMAIN]->(d:Domain) | [d.id, c.tenants]]
			       + CASE WHEN p.tenantsWithoutDomain > 0 THEN [[null, p.tenantsWithoutDomain]] ELSE [] END AS byDomain
			""";

	/** Tenants by domain: counted through every current tenant's domains. */
	private static final String PARK_FULL_COUNT = """
			OPTIONAL MATCH (e:Enterprise)-[t:TENANT_OF]->(p) WHERE t.until IS NULL
			CALL (e) {
			  OPTIONAL MATCH (e)-[:FOCUSES_ON]->(d:Domain) RETURN d
			  UNION
			  OPTIONAL MATCH (e)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Chain)-[:IN_DOMAIN]->(d:Domain) RETURN d
			}
			WITH e, collect(d) AS domains
			UNWIND CASE WHEN domains = [] THEN [null] ELSE domains END AS d
			WITH d, count(DISTINCT e) AS n ORDER BY n DESC, d.id
			RETURN collect([d.id, n]) AS byDomain
			""";

	private static final List<Case> CATALOGUE = List.of(
			// What HTTP, GraphQL and JSON cost without the database, against the driver's
			// own round trip: the floor under every other row.
			new Case("no database: { __typename } / RETURN 1", """
					{ __typename }
					""", """
					RETURN 1
					"""),
			new Case("region",
					"""
							{ region(code: "230100") { name parent { code } children { code } clusters { cluster { id } via } } }
							""",
					"""
							MATCH (r:Region {code: '230100'})
							OPTIONAL MATCH (r)-[:PART_OF]->(p:Region)
							RETURN r.name, p.code, [(c:Region)-[:PART_OF]->(r) | c.code] AS children,
							       [(r)-[:PART_OF*0..2]->(:Region)<-[:INCLUDES]-(cl:Cluster) | cl.id] AS clusters
							"""),
			new Case("cluster membership", """
					{ cluster(id: "sui-ha-da-qi-biomanufacturing-cluster") { members { region { code } basis }
					    enterprises(first: 20) { edges { node { id name } } } } }
					""",
					"""
							MATCH (c:Cluster {id: 'sui-ha-da-qi-biomanufacturing-cluster'})
							CALL (c) {
							  MATCH (c)-[:INCLUDES]->(:Region)<-[:PART_OF*0..2]-(sub:Region) RETURN collect(sub) AS area
							}
							CALL (c, area) {
							  MATCH (e:Enterprise) WHERE e.name IS NOT NULL
							    AND (EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r IN area }
							      OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r) WHERE t.until IS NULL AND r IN area }
							      OR EXISTS { (e)-[:MEMBER_OF]->(c) })
							  WITH e ORDER BY e.name, e.id LIMIT 20
							  RETURN collect(e.id) AS enterprises
							}
							RETURN [(c)-[i:INCLUDES]->(r:Region) | [r.code, i.basis]] AS members, enterprises
							"""),
			// Tenants by domain are stored (TENANTS_IN_DOMAIN): the Cypher reads them,
			// the baseline counts through every current tenant.
			new Case("park with tenants",
					"""
							{ park(id: "fuyu-biomedicine-industrial-park") { name region { code }
							    tenants(first: 20) { edges { node { enterprise { id name } since } } } tenantsByDomain { domain { id } count } } }
							""",
					PARK.formatted(PARK_STORED), PARK.formatted(PARK_FULL_COUNT)),
			// The API walks the name index per link where local enterprises are dense: so
			// does the Cypher; the baseline is the plain statement (expand each link's
			// coverers, sort by name).
			new Case("chain with links and local enterprises", """
					{ chain(id: "cold-region-tcm-chain") { name links { id stage
					    enterprises(region: "230000", first: 10) { edges { node { id } } } } } }
					""",
					"""
							MATCH (root:Region {code: '230000'})<-[:PART_OF*0..2]-(sub:Region)
							WITH collect(sub) AS area
							MATCH (ch:Chain {id: 'cold-region-tcm-chain'})-[:HAS_LINK]->(l:ChainLink)
							CALL (l, area) {
							  MATCH (e:Enterprise) WHERE e.name IS NOT NULL AND EXISTS { (e)-[:COVERS]->(l) }
							    AND (EXISTS { (e)-[:LOCATED_IN]->(r) WHERE r IN area }
							      OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r) WHERE t.until IS NULL AND r IN area })
							  WITH e ORDER BY e.name, e.id LIMIT 11
							  RETURN collect(e.id) AS enterprises
							}
							RETURN ch.name, l.id, l.stage, enterprises ORDER BY l.position
							""",
					"""
							MATCH (ch:Chain {id: 'cold-region-tcm-chain'})-[:HAS_LINK]->(l:ChainLink)
							CALL (l) {
							  OPTIONAL MATCH (e:Enterprise)-[:COVERS]->(l)
							  WHERE EXISTS { (e)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(:Region {code: '230000'}) }
							     OR EXISTS { (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..2]->(:Region {code: '230000'})
							                 WHERE t.until IS NULL }
							  WITH e ORDER BY e.name, e.id LIMIT 11
							  RETURN collect(e.id) AS enterprises
							}
							RETURN ch.name, l.id, l.stage, enterprises ORDER BY l.position
							"""),
			// Gaps and targets read the stored local counts (LOCAL_COUNT): so does their
			// Cypher. The full-count statement is the same but counts each link's local
			// enterprises from scratch (located, or a current tenant, in the area), as
			// both did before. Candidates are listed for the gap links only, as the API
			// lists them.
			new Case("chain gaps", """
					{ chainGaps(chain: "biomanufacturing-equipment-and-inputs", region: "230100") {
					    gaps { link { id } localEnterprises candidates(first: 5) { edges { node { id } } } } } }
					""", GAPS.formatted(STORED_COUNT), GAPS.formatted(FULL_COUNT)),
			new Case("attraction targets",
					"""
							{ attractionTargets(chain: "biomanufacturing-equipment-and-inputs", region: "230100", date: "2026-06-01", first: 10) {
							    edges { node { enterprise { id } score incentive { total } } } } }
							""",
					TARGETS.formatted(STORED_COUNT), TARGETS.formatted(FULL_COUNT)),
			// The load benchmark's statements for its estimate and search requests
			// (src/test/resources/benchmark/), with this catalogue's parameters.
			new Case("incentive estimate",
					"""
							{ incentiveEstimate(project: {region: "230100", date: "2026-06-01", kinds: ["NEW_INDUSTRIALIZATION_PROJECT"],
							    construction: "NEW_BUILD", amounts: [{name: "fixedAssetInvestment", value: "30000000"}]}) {
							    total results { rule { id } eligible amount } } }
							""",
					LoadMix.cypher("Estimate"), null, Map.of("region", "230100")),
			new Case("search", """
					{ search(text: "生物医药", first: 20) { edges { node { kind id name score } } } }
					""", LoadMix.cypher("Search"), null, Map.of("text", "生物医药", "first", 20)));

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	@Autowired
	TestSupport.QueryCounter queries;

	@Value("${benchmark.enterprises:500}")
	int enterprises;

	@Value("${benchmark.iterations:30}")
	int iterations;

	@Value("${benchmark.warmup-seconds:1}")
	int warmupSeconds;

	@Value("${benchmark.clients:4}")
	int clients;

	@Value("${benchmark.seconds:2}")
	int seconds;

	@Value("${benchmark.soak-clients:4}")
	int soakClients;

	@Value("${benchmark.soak-seconds:3}")
	int soakSeconds;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void catalogue() throws Exception {
		List<String> lines = new ArrayList<>();
		lines.add(
				"Industry Atlas read-query benchmark: %d sample enterprises, %d s warm-up per query, %d iterations, %d clients x %d s"
					.formatted(this.enterprises, this.warmupSeconds, this.iterations, this.clients, this.seconds));
		lines.add("Load average at the start: %.2f".formatted(loadAverage()));
		lines.add("");
		lines.add(
				"| query | GraphQL median ms | GraphQL p99 ms | Cypher median ms | ratio | DB queries/request | req/s (%d clients) | errors | baseline Cypher median ms | ratio to it |"
					.formatted(this.clients));
		lines.add("|---|---|---|---|---|---|---|---|---|---|");
		// Every query once through the warm-up before any is timed (the first would
		// otherwise also pay for compiling what they share), then again right before its
		// own measurement.
		for (Case c : CATALOGUE) {
			warmUp(c);
		}
		for (Case c : CATALOGUE) {
			warmUp(c);
			this.queries.reset();
			post(c.graphql());
			int perRequest = this.queries.count();
			long[] graphql = new long[this.iterations];
			long[] raw = new long[this.iterations];
			long[] full = new long[this.iterations];
			for (int i = 0; i < this.iterations; i++) {
				long start = System.nanoTime();
				String body = post(c.graphql());
				graphql[i] = System.nanoTime() - start;
				assertThat(body).as(c.name()).doesNotContain("\"errors\"");
				start = System.nanoTime();
				cypher(c.cypher(), c.parameters());
				raw[i] = System.nanoTime() - start;
				if (c.baseline() != null) {
					start = System.nanoTime();
					cypher(c.baseline(), c.parameters());
					full[i] = System.nanoTime() - start;
				}
			}
			Arrays.sort(graphql);
			Arrays.sort(raw);
			Arrays.sort(full);
			Throughput throughput = throughput(c.graphql());
			double graphqlMedian = percentile(graphql, 50);
			double rawMedian = percentile(raw, 50);
			String baseline = (c.baseline() != null)
					? "%.1f | %.2f".formatted(percentile(full, 50), graphqlMedian / percentile(full, 50)) : "n/a | n/a";
			lines.add("| %s | %.1f | %.1f | %.1f | %.2f | %d | %.0f | %d | %s |".formatted(c.name(), graphqlMedian,
					percentile(graphql, 99), rawMedian, graphqlMedian / rawMedian, perRequest, throughput.perSecond(),
					throughput.errors(), baseline));
			assertThat(throughput.errors())
				.as("errors under load for %s, the first: %s", c.name(), throughput.firstError())
				.isZero();
		}
		lines.add("");
		lines.addAll(soak(CATALOGUE.stream().filter(c -> c.name().startsWith("chain with")).findFirst().orElseThrow()));
		lines.add("");
		lines.add("Live heap after the run (after a full GC): %d MB".formatted(liveHeapMb()));
		lines.add("Load average at the end: %.2f".formatted(loadAverage()));
		String report = String.join("\n", lines);
		System.out.println(report);
		Path out = Path.of("target/benchmark/results.md");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report + "\n");
	}

	/**
	 * Runs the case's GraphQL request and Cypher statements in turn for
	 * {@code benchmark.warmup-seconds} (at least five times each), so that the measured
	 * iterations run compiled code and warm caches, as a long-running server does.
	 */
	private void warmUp(Case c) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(this.warmupSeconds).toNanos();
		for (int i = 0; i < 5 || System.nanoTime() < end; i++) {
			assertThat(post(c.graphql())).as(c.name()).doesNotContain("\"errors\"");
			cypher(c.cypher(), c.parameters());
			if (c.baseline() != null) {
				cypher(c.baseline(), c.parameters());
			}
		}
	}

	private record Throughput(double perSecond, int errors, @Nullable String firstError) {
	}

	private Throughput throughput(String graphql) throws Exception {
		AtomicLong done = new AtomicLong();
		AtomicInteger errors = new AtomicInteger();
		AtomicReference<@Nullable String> firstError = new AtomicReference<>();
		long end = System.nanoTime() + Duration.ofSeconds(this.seconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < this.clients; i++) {
				futures.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						try {
							String answer = post(graphql);
							if (answer.contains("\"errors\"")) {
								errors.incrementAndGet();
								firstError.compareAndSet(null, answer);
							}
							done.incrementAndGet();
						}
						catch (IOException | InterruptedException ex) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, ex.toString());
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return new Throughput(done.get() / (double) this.seconds, errors.get(), firstError.get());
	}

	/**
	 * Many clients on one query for a while, sampling the live heap (after a full GC)
	 * before, every few seconds, and after: steady memory means no growth over the run.
	 */
	private List<String> soak(Case c) throws Exception {
		List<Long> heap = new ArrayList<>();
		heap.add(liveHeapMb());
		AtomicLong done = new AtomicLong();
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(this.soakSeconds).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(this.soakClients);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int i = 0; i < this.soakClients; i++) {
				futures.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						try {
							if (post(c.graphql()).contains("\"errors\"")) {
								errors.incrementAndGet();
							}
							done.incrementAndGet();
						}
						catch (IOException | InterruptedException ex) {
							errors.incrementAndGet();
						}
					}
				}));
			}
			long sampleEvery = Math.max(1, this.soakSeconds / 5);
			while (System.nanoTime() < end) {
				Thread.sleep(sampleEvery * 1000);
				heap.add(liveHeapMb());
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		heap.add(liveHeapMb());
		assertThat(errors.get()).as("errors in the soak").isZero();
		return List.of("Soak: %s, %d clients for %d s: %d requests (%.0f req/s), %d errors".formatted(c.name(),
				this.soakClients, this.soakSeconds, done.get(), done.get() / (double) this.soakSeconds, errors.get()),
				"Live heap during the soak (MB, after a full GC, every %d s): %s"
					.formatted(Math.max(1, this.soakSeconds / 5), heap));
	}

	/** The machine's load average over the last minute (2 cores here). */
	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	/** The heap still in use after a full collection, in MB (app, database and load). */
	private static long liveHeapMb() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private String post(String graphql) throws IOException, InterruptedException {
		String body = "{\"query\":" + quote(graphql) + "}";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.header("Content-Type", "application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		return response.body();
	}

	private void cypher(String cypher, Map<String, Object> parameters) {
		this.driver.executableQuery(cypher).withParameters(parameters).execute();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private static double percentile(long[] sortedNanos, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sortedNanos.length) - 1;
		return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
	}

}
