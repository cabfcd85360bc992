package io.industryatlas.benchmark;

import java.lang.management.ManagementFactory;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/** The load benchmark's results as Markdown tables. */
final class LoadReport {

	private static final String WRITE = "write: ";

	private final LoadSettings settings;

	private final LoadTarget target;

	private final LoadData data;

	private final LoadMix mix;

	private final String started = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();

	private final double loadAtStart;

	private final List<String> memory = new ArrayList<>();

	private final List<Measured> runs = new ArrayList<>();

	private final List<LoadDriver.Run> warmUps = new ArrayList<>();

	/** A run and the server's CPU time in it. */
	private record Measured(LoadDriver.Run run, long serverCpuNanos) {

	}

	/**
	 * @param loadAtStart the machine's load average before the benchmark started the app
	 * (or connected to it)
	 */
	LoadReport(LoadSettings settings, LoadTarget target, LoadData data, LoadMix mix, double loadAtStart) {
		this.loadAtStart = loadAtStart;
		this.settings = settings;
		this.target = target;
		this.data = data;
		this.mix = mix;
	}

	/** The server's RSS and live heap now. */
	void memory(String when) throws Exception {
		this.memory.add("| %s | %s | %s | %.2f |".formatted(when, megabytes(this.target.rssBytes()),
				megabytes(this.target.liveHeapBytes()), loadAverage()));
	}

	/**
	 * A run, with the server process's CPU time over it when the server is another
	 * process (in this JVM, the server's share is the JVM's minus the load generator's).
	 */
	void add(LoadDriver.Run run, long serverProcessCpuNanos) {
		long server = this.target.inProcess ? run.processCpuNanos() - run.generatorCpuNanos() : serverProcessCpuNanos;
		this.runs.add(new Measured(run, server));
	}

	/** A warm-up run: only its failures are reported. */
	void warmUp(LoadDriver.Run run) {
		this.warmUps.add(run);
	}

	String render() {
		List<String> lines = new ArrayList<>();
		lines.add("Industry Atlas load benchmark, " + this.started);
		lines.add("");
		lines.add("- Command: `mvn test -Dfrontend.skip=true -Dtest=LoadBenchmarkTests " + this.settings.describe()
				+ "`");
		lines.add(
				"- Server: " + (this.target.inProcess
						? "started by the benchmark in its own JVM (pid %d: app, embedded database and load generator)"
							.formatted(this.target.pid)
						: "pid %d at %s".formatted(this.target.pid, this.target.graphql)));
		lines.add("- Data: " + String.join(", ",
				this.data.counts.entrySet().stream().map(e -> "%,d %s".formatted(e.getValue(), e.getKey())).toList()));
		lines.add("- Machine: %d cores; load average %.2f before the benchmark, %.2f at its end"
			.formatted(Runtime.getRuntime().availableProcessors(), this.loadAtStart, loadAverage()));
		lines.add(
				"- Load: closed loop, %d clients (platform threads, one request at a time, no think time), %d s warm-up then %d s per run; %.0f%% of requests with variables not sent before (the rest repeat a hot set of %d per kind), %.0f%% writes in the GraphQL run"
					.formatted(this.settings.clients(), this.settings.warmupSeconds(), this.settings.seconds(),
							this.settings.distinctShare() * 100, this.settings.hotSetSize(),
							this.settings.writeShare() * 100));
		lines.add("");
		lines.add("| run | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms | 503 | 429 |");
		lines.add("|---|---|---|---|---|---|---|---|---|---|");
		for (Measured measured : this.runs) {
			LoadDriver.Run run = measured.run();
			lines.add(overall(run.name() + ((run.name().equals("GraphQL")) ? " (reads and writes)" : " (reads)"), run,
					(operation) -> true));
			if (run.name().equals("GraphQL")) {
				lines.add(overall("GraphQL reads", run, (operation) -> !operation.startsWith(WRITE)));
			}
		}
		LoadDriver.Run graphql = find("GraphQL");
		LoadDriver.Run cypher = find("Cypher");
		if (graphql != null && cypher != null) {
			lines.add("");
			lines.add("GraphQL / Cypher throughput (reads, same clients and duration): **%.2f**"
				.formatted(readsPerSecond(graphql) / readsPerSecond(cypher)));
		}
		lines.add("");
		List<LoadDriver.Run> all = new ArrayList<>(this.warmUps);
		this.runs.forEach(measured -> all.add(measured.run()));
		for (LoadDriver.Run run : all) {
			lines.add("Errors by kind, %s: %s".formatted(run.name(), run.errors().isEmpty() ? "none" : ""));
			run.errors()
				.forEach((kind, count) -> lines.add("- %s: %,d (first: %s)".formatted(kind, count,
						run.errorExamples().get(kind).replace("|", "\\|"))));
		}
		lines.add("");
		lines.addAll(operations(graphql, cypher));
		lines.add("");
		lines.add(
				"| run | seconds | this JVM's CPU s | load generator CPU s | server CPU s | server cores busy | server CPU ms/request | load generator CPU ms/request |");
		lines.add("|---|---|---|---|---|---|---|---|");
		for (Measured measured : this.runs) {
			LoadDriver.Run run = measured.run();
			long requests = run.succeeded() + run.failed();
			lines.add("| %s | %.1f | %.1f | %.1f | %s | %s | %s | %.2f |".formatted(run.name(), run.seconds(),
					run.processCpuNanos() / 1e9, run.generatorCpuNanos() / 1e9,
					(measured.serverCpuNanos() < 0) ? "n/a" : "%.1f".formatted(measured.serverCpuNanos() / 1e9),
					(measured.serverCpuNanos() < 0) ? "n/a"
							: "%.2f".formatted(measured.serverCpuNanos() / 1e9 / run.seconds()),
					(measured.serverCpuNanos() < 0) ? "n/a"
							: "%.2f".formatted(measured.serverCpuNanos() / 1e6 / Math.max(1, requests)),
					run.generatorCpuNanos() / 1e6 / Math.max(1, requests)));
		}
		lines.add("");
		lines.add("| server memory | RSS MB | live heap MB (after a full GC) | machine load average |");
		lines.add("|---|---|---|---|");
		lines.addAll(this.memory);
		return String.join("\n", lines);
	}

	private List<String> operations(LoadDriver.@Nullable Run graphql, LoadDriver.@Nullable Run cypher) {
		List<String> lines = new ArrayList<>();
		lines.add(
				"| operation | share | GraphQL req/s | p50 ms | p95 ms | p99 ms | max ms | errors | new variables | Cypher req/s | Cypher p50 ms | Cypher p99 ms | req/s GraphQL / Cypher | p50 GraphQL / Cypher |");
		lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		Set<String> names = new LinkedHashSet<>();
		this.mix.operations().forEach(operation -> names.add(operation.name()));
		if (graphql != null) {
			names.addAll(graphql.latencies().keySet());
			names.addAll(graphql.errorsByOperation().keySet());
		}
		for (String name : names) {
			Histogram g = (graphql != null) ? graphql.latencies().get(name) : null;
			Histogram c = (cypher != null) ? cypher.latencies().get(name) : null;
			String share = this.mix.operations()
				.stream()
				.filter(operation -> operation.name().equals(name))
				.findFirst()
				.map(operation -> "%.0f%%"
					.formatted(this.mix.share(operation) * 100 * (1 - this.settings.writeShare())))
				.orElse("");
			long count = (g != null) ? g.getTotalCount() : 0;
			long fresh = (graphql != null) ? graphql.fresh().getOrDefault(name, 0L) : 0;
			long errors = (graphql != null) ? graphql.errorsByOperation().getOrDefault(name, 0L) : 0;
			lines.add("| %s | %s | %s | %s | %s | %s | %s | %d | %s | %s | %s | %s | %s | %s |".formatted(name, share,
					number(rate(g, graphql), 1), ms(g, 50), ms(g, 95), ms(g, 99), ms(g, 100), errors,
					(count + errors > 0) ? "%.0f%%".formatted(100.0 * fresh / (count + errors)) : "",
					number(rate(c, cypher), 1), ms(c, 50), ms(c, 99), number(rate(g, graphql) / rate(c, cypher), 2),
					number(millis(g, 50) / millis(c, 50), 2)));
		}
		return lines;
	}

	private static String overall(String name, LoadDriver.Run run, Predicate<String> selected) {
		Histogram all = run.overall(selected);
		long errors = run.errorsByOperation()
			.entrySet()
			.stream()
			.filter(e -> selected.test(e.getKey()))
			.mapToLong(Map.Entry::getValue)
			.sum();
		return "| %s | %,d | %,d | %.0f | %s | %s | %s | %s | %d | %d |".formatted(name, all.getTotalCount(), errors,
				all.getTotalCount() / run.seconds(), ms(all, 50), ms(all, 95), ms(all, 99), ms(all, 100),
				run.errors().getOrDefault("HTTP 503", 0L), run.errors().getOrDefault("HTTP 429", 0L));
	}

	private LoadDriver.@Nullable Run find(String name) {
		return this.runs.stream().map(Measured::run).filter(run -> run.name().equals(name)).findFirst().orElse(null);
	}

	private static double readsPerSecond(LoadDriver.Run run) {
		return run.overall((operation) -> !operation.startsWith(WRITE)).getTotalCount() / run.seconds();
	}

	/** Requests a second, or NaN. */
	private static double rate(@Nullable Histogram histogram, LoadDriver.@Nullable Run run) {
		return (histogram == null || run == null) ? Double.NaN : histogram.getTotalCount() / run.seconds();
	}

	/** A percentile in milliseconds (100: the maximum), or NaN. */
	private static double millis(@Nullable Histogram histogram, double percentile) {
		if (histogram == null || histogram.getTotalCount() == 0) {
			return Double.NaN;
		}
		long micros = (percentile >= 100) ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile);
		return micros / 1000.0;
	}

	private static String ms(@Nullable Histogram histogram, double percentile) {
		return number(millis(histogram, percentile), 1);
	}

	/** A figure with {@code decimals} decimals, or blank for none (NaN, infinite). */
	private static String number(double value, int decimals) {
		return (Double.isNaN(value) || Double.isInfinite(value)) ? "" : ("%." + decimals + "f").formatted(value);
	}

	private static String megabytes(long bytes) {
		return (bytes < 0) ? "n/a" : Long.toString(bytes / (1024 * 1024));
	}

	/** The machine's load average over the last minute. */
	static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

}
