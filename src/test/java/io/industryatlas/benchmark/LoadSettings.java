package io.industryatlas.benchmark;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * The load benchmark's settings, from system properties ({@code -Dload.clients=200}). The
 * defaults are the smoke run that {@code mvn verify} makes; the README gives a real run.
 *
 * @param clients concurrent clients, each one request at a time (closed loop, no think
 * time)
 * @param seconds how long each measured run lasts
 * @param warmupSeconds how long the mix runs before each measured run, not counted
 * @param enterprises sample enterprises the in-process app generates
 * @param pageCacheMb the in-process app's page cache
 * @param distinctShare the share of requests that use variables not used before (a new
 * enterprise, park, search text, area ...)
 * @param hotSetSize how many values of each kind the other requests repeat
 * @param writeShare the share of requests that are writes (GraphQL run only)
 * @param cypher whether to run the hand-written Cypher mirror after the GraphQL run
 * @param requestTimeout how long one request may take before it counts as an error
 * @param maxRequests a bound on the requests of one run, whatever its duration
 * @param randomSeed the seed of the clients' random choices
 * @param url the GraphQL endpoint of an app already running, or null to start one here
 * @param bolt the Bolt URI of that app's database (required with {@code url})
 * @param boltUser the database user, or null for none (the embedded database)
 * @param boltPassword the database password
 * @param user the account the writes log in with (an administrator), or null for no
 * writes
 * @param password its password
 * @param pid the process id of the app when {@code url} is set, or null to ask its
 * {@code /actuator/info}
 */
record LoadSettings(int clients, int seconds, int warmupSeconds, int enterprises, int pageCacheMb, double distinctShare,
		int hotSetSize, double writeShare, boolean cypher, Duration requestTimeout, long maxRequests, long randomSeed,
		@Nullable String url, @Nullable String bolt, @Nullable String boltUser, @Nullable String boltPassword,
		@Nullable String user, @Nullable String password, @Nullable Long pid) {

	static LoadSettings fromSystemProperties() {
		return new LoadSettings(integer("load.clients", 20), integer("load.seconds", 5),
				integer("load.warmup-seconds", 1), integer("load.enterprises", 500), integer("load.page-cache-mb", 256),
				Double.parseDouble(System.getProperty("load.distinct-share", "0.3")), integer("load.hot-set", 20),
				Double.parseDouble(System.getProperty("load.write-share", "0.02")),
				Boolean.parseBoolean(System.getProperty("load.cypher", "true")),
				Duration.ofSeconds(integer("load.request-timeout-seconds", 60)),
				Long.parseLong(System.getProperty("load.max-requests", "10000000")),
				Long.parseLong(System.getProperty("load.random-seed", "42")), text("load.url"), text("load.bolt"),
				text("load.bolt-user"), text("load.bolt-password"), text("load.user"), text("load.password"),
				(text("load.pid") != null) ? Long.valueOf(System.getProperty("load.pid")) : null);
	}

	/** Whether the benchmark starts the app itself. */
	boolean inProcess() {
		return this.url == null;
	}

	/** The command-line form of the settings that shape a run, for the report. */
	String describe() {
		return "-Dload.clients=%d -Dload.seconds=%d -Dload.warmup-seconds=%d%s -Dload.distinct-share=%s -Dload.hot-set=%d -Dload.write-share=%s -Dload.cypher=%s"
			.formatted(this.clients, this.seconds, this.warmupSeconds,
					inProcess() ? " -Dload.enterprises=%d -Dload.page-cache-mb=%d".formatted(this.enterprises,
							this.pageCacheMb) : " -Dload.url=%s -Dload.bolt=%s".formatted(this.url, this.bolt),
					this.distinctShare, this.hotSetSize, this.writeShare, this.cypher);
	}

	private static int integer(String name, int defaultValue) {
		return Integer.parseInt(System.getProperty(name, Integer.toString(defaultValue)));
	}

	private static @Nullable String text(String name) {
		String value = System.getProperty(name);
		return (value == null || value.isBlank()) ? null : value;
	}

}
