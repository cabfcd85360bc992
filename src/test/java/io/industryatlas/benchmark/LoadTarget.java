package io.industryatlas.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import io.industryatlas.IndustryAtlasApplication;

/**
 * The app under load: started here, in this JVM, with generated sample data (the
 * default), or already running in another process ({@code load.url}, {@code load.bolt}).
 * Gives the GraphQL endpoint, a Bolt driver of the benchmark's own to the app's database,
 * the account the writes use, and the server process's memory and CPU.
 */
final class LoadTarget implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	final URI graphql;

	final Driver driver;

	/**
	 * The {@code Authorization} header of the writes, or null when there is no account.
	 */
	final @Nullable String authorization;

	/** The process id of the server. */
	final long pid;

	/** Whether the server is this JVM (its CPU then includes the load generator's). */
	final boolean inProcess;

	/** The event-loop thread groups of the app's own driver, when it runs in this JVM. */
	final Set<String> appDriverThreadGroups;

	private final @Nullable ConfigurableApplicationContext app;

	private final @Nullable Path dataDirectory;

	private LoadTarget(URI graphql, Driver driver, @Nullable String authorization, long pid,
			Set<String> appDriverThreadGroups, @Nullable ConfigurableApplicationContext app,
			@Nullable Path dataDirectory) {
		this.graphql = graphql;
		this.driver = driver;
		this.authorization = authorization;
		this.pid = pid;
		this.inProcess = app != null;
		this.appDriverThreadGroups = appDriverThreadGroups;
		this.app = app;
		this.dataDirectory = dataDirectory;
	}

	static LoadTarget open(LoadSettings settings) throws Exception {
		return settings.inProcess() ? start(settings) : connect(settings);
	}

	/**
	 * Starts the app with sample data in a fresh data directory under {@code target/},
	 * with an administrator account of a random password (bcrypt cost 4, as the test
	 * accounts) for the writes.
	 */
	private static LoadTarget start(LoadSettings settings) {
		Path data = Path.of("target", "load-neo4j", UUID.randomUUID().toString());
		String password = UUID.randomUUID().toString();
		// Command-line arguments: they take precedence over the app's application.yaml.
		List<String> arguments = List.of("--server.port=0", "--spring.main.banner-mode=off",
				"--atlas.neo4j.embedded.data-directory=" + data, "--atlas.neo4j.embedded.bolt-port=0",
				"--atlas.neo4j.embedded.page-cache-mb=" + settings.pageCacheMb(), "--atlas.seed.sample.enabled=true",
				"--atlas.seed.sample.enterprises=" + settings.enterprises(),
				"--atlas.security.accounts[0].username=load-admin",
				"--atlas.security.accounts[0].password={bcrypt}" + new BCryptPasswordEncoder(4).encode(password),
				"--atlas.security.accounts[0].roles[0]=ADMIN");
		ConfigurableApplicationContext app = new SpringApplicationBuilder(IndustryAtlasApplication.class)
			.run(arguments.toArray(String[]::new));
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		URI bolt = app.getBean(Neo4jConnectionDetails.class).getUri();
		Set<String> appGroups = LoadDriver.threadNames()
			.stream()
			.filter(name -> name.startsWith("Neo4jDriverIO-"))
			.map(LoadRequests.Cypher::threadGroup)
			.collect(Collectors.toSet());
		return new LoadTarget(URI.create("http://127.0.0.1:%d/graphql".formatted(port)),
				driver(bolt, AuthTokens.none(), settings), basic("load-admin", password), ProcessHandle.current().pid(),
				appGroups, app, data);
	}

	/** The app in another process: its pid from {@code load.pid} or its actuator info. */
	private static LoadTarget connect(LoadSettings settings) throws Exception {
		if (settings.bolt() == null) {
			throw new IllegalArgumentException("-Dload.url needs -Dload.bolt, the Bolt URI of the app's database");
		}
		URI graphql = URI.create(settings.url().replaceAll("/+$", "") + "/graphql");
		AuthToken auth = (settings.boltUser() != null)
				? AuthTokens.basic(settings.boltUser(), String.valueOf(settings.boltPassword())) : AuthTokens.none();
		long pid = (settings.pid() != null) ? settings.pid() : info(graphql).path("process").path("pid").asLong(-1);
		return new LoadTarget(graphql, driver(URI.create(settings.bolt()), auth, settings),
				(settings.user() != null) ? basic(settings.user(), String.valueOf(settings.password())) : null, pid,
				Set.of(), null, null);
	}

	private static Driver driver(URI bolt, AuthToken auth, LoadSettings settings) {
		Driver driver = GraphDatabase.driver(bolt, auth,
				Config.builder()
					.withMaxConnectionPoolSize(Math.max(settings.clients(), 1))
					.withConnectionAcquisitionTimeout(settings.requestTimeout().toSeconds(),
							java.util.concurrent.TimeUnit.SECONDS)
					.build());
		driver.verifyConnectivity();
		return driver;
	}

	private static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** The server's resident set size in bytes, or -1 when unknown. */
	long rssBytes() {
		return procStatus("VmRSS:") * 1024;
	}

	/**
	 * The server's heap in use after a full collection, in bytes, or -1 when unknown: in
	 * this JVM after {@code System.gc()}, else after {@code jcmd <pid> GC.run}, read from
	 * the app's {@code /actuator/info} (start it with
	 * {@code --management.info.process.enabled=true}).
	 */
	long liveHeapBytes() throws Exception {
		if (this.inProcess) {
			System.gc();
			return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		}
		if (this.pid < 0) {
			return -1;
		}
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		new ProcessBuilder(jcmd.toString(), Long.toString(this.pid), "GC.run").redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start()
			.waitFor();
		return info(this.graphql).path("process").path("memory").path("heap").path("used").asLong(-1);
	}

	/** The server process's CPU time in nanoseconds, or -1 when unknown. */
	long cpuNanos() throws IOException {
		if (this.inProcess) {
			return LoadDriver.processCpuNanos();
		}
		Path stat = Path.of("/proc", Long.toString(this.pid), "stat");
		if (this.pid < 0 || !Files.exists(stat)) {
			return -1;
		}
		String text = Files.readString(stat);
		// Fields after the command name, which is in parentheses: utime and stime are
		// the 14th and 15th of the whole line, in clock ticks (100 a second on Linux).
		String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10_000_000L;
	}

	private long procStatus(String field) {
		Path status = Path.of("/proc", (this.pid < 0) ? "-" : Long.toString(this.pid), "status");
		try (Stream<String> lines = Files.lines(status)) {
			return lines.filter(line -> line.startsWith(field))
				.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
				.findFirst()
				.orElse(-1L);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	/** The app's {@code /actuator/info}, or an empty object. */
	private static JsonNode info(URI graphql) throws Exception {
		HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(graphql.resolve("/actuator/info")).build(),
				HttpResponse.BodyHandlers.ofString());
		return JSON.readTree((response.statusCode() == 200) ? response.body() : "{}");
	}

	@Override
	public void close() throws IOException {
		this.driver.close();
		if (this.app != null) {
			this.app.close();
		}
		if (this.dataDirectory != null && Files.exists(this.dataDirectory)) {
			try (Stream<Path> files = Files.walk(this.dataDirectory)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

}
