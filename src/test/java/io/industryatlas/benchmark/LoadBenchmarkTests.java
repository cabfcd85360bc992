package io.industryatlas.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load benchmark: many concurrent clients for a set time over the UI's mixed workload
 * ({@link LoadMix}: every view's query, search, chain gaps, attraction targets,
 * estimates, a share of new variables and of writes) against the running app, then the
 * same reads as hand-written Cypher over Bolt with the same clients for the same time, in
 * the same run. Prints throughput, latency percentiles, errors by kind, CPU (the server's
 * apart from the load generator's) and the server's memory, and writes
 * {@code target/benchmark/load-results.md}.
 * <p>
 * A plain JUnit test, not a Spring Boot test: it starts the app itself (sample data, a
 * fresh database under {@code target/}) unless {@code -Dload.url} and {@code -Dload.bolt}
 * name one already running. Its defaults are the smoke run of {@code mvn verify}, which
 * asserts only that requests completed and that none failed other than by admission
 * control (503, 429): timing is never a verdict on a shared machine. The README gives a
 * real run.
 */
class LoadBenchmarkTests {

	/** What admission control answers; the only failures the smoke accepts. */
	private static final Set<String> SHED = Set.of("HTTP 503", "HTTP 429");

	@Test
	void mixedWorkload() throws Exception {
		LoadSettings settings = LoadSettings.fromSystemProperties();
		double loadAtStart = LoadReport.loadAverage();
		try (LoadTarget target = LoadTarget.open(settings)) {
			LoadData data = LoadData.read(target.driver, settings);
			LoadWrites writes = (settings.writeShare() > 0 && target.authorization != null)
					? LoadWrites.prepare(target.driver, target.authorization, settings.clients()) : null;
			LoadMix mix = LoadMix.create(UiDocuments.read(Path.of("frontend", "src")), data, writes, settings);
			LoadReport report = new LoadReport(settings, target, data, mix, loadAtStart);
			LoadDriver driver = new LoadDriver(settings);
			Duration warmUp = Duration.ofSeconds(settings.warmupSeconds());
			Duration measured = Duration.ofSeconds(settings.seconds());

			LoadDriver.Requests graphql = new LoadRequests.GraphQl(target.graphql, settings.requestTimeout(),
					target.authorization);
			report.warmUp(driver.run("GraphQL warm-up (not counted)", mix, graphql, warmUp, true));
			report.memory("before the GraphQL run");
			long serverCpu = target.cpuNanos();
			LoadDriver.Run graphqlRun = driver.run("GraphQL", mix, graphql, measured, true);
			report.add(graphqlRun, since(serverCpu, target.cpuNanos()));
			report.memory("after the GraphQL run");

			LoadDriver.Run cypherRun = null;
			if (settings.cypher()) {
				// The same distinct values again, in the same order, for the Cypher run.
				data.rewind();
				LoadDriver.Requests cypher = new LoadRequests.Cypher(target.driver, target.appDriverThreadGroups);
				report.warmUp(driver.run("Cypher warm-up (not counted)", mix, cypher, warmUp, false));
				serverCpu = target.cpuNanos();
				cypherRun = driver.run("Cypher", mix, cypher, measured, false);
				report.add(cypherRun, since(serverCpu, target.cpuNanos()));
				report.memory("after the Cypher run");
			}

			String text = report.render();
			System.out.println(text);
			Path out = Path.of("target", "benchmark", "load-results.md");
			Files.createDirectories(out.getParent());
			Files.writeString(out, text + "\n");

			assertThat(graphqlRun.succeeded()).as("GraphQL requests that completed").isPositive();
			assertThat(graphqlRun.errors()).as("GraphQL failures other than shed load")
				.allSatisfy((kind, count) -> assertThat(SHED).contains(kind));
			if (cypherRun != null) {
				assertThat(cypherRun.succeeded()).as("Cypher requests that completed").isPositive();
				assertThat(cypherRun.errors()).as("Cypher failures").isEmpty();
			}
		}
	}

	/** CPU time between two readings, or -1 when either is unknown. */
	private static long since(long before, long after) {
		return (before < 0 || after < 0) ? -1 : after - before;
	}

}
