package io.industryatlas.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.industryatlas.IndustryAtlasApplication;
import io.industryatlas.Logins;
import io.industryatlas.enterprise.Uscc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app against a Neo4j server in its own JVM, started from the Maven Central jars
 * ({@code org.neo4j.server.CommunityEntryPoint}): the external path where no Docker
 * engine exists.
 *
 * <p>
 * Scale-out, proven: a second instance of the app against the same server, a write
 * through one read through the other (whose cached answer must give way within a second),
 * and a short mixed load across both after which both answer alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.config.import=classpath:security/test-accounts.yaml")
@AutoConfigureHttpGraphQlTester
@Import(Logins.class)
class ExternalServerProcessTests extends ExternalNeo4jContract {

	private static Process server;

	static String uri;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) throws Exception {
		int port = freePort();
		server = start(port);
		uri = "bolt://127.0.0.1:" + port;
		registry.add("spring.neo4j.uri", () -> uri);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "not-checked-auth-disabled");
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (server != null) {
			server.destroy();
			server.waitFor();
		}
	}

	@AfterAll
	static void stopSecond() {
		if (second != null) {
			second.close();
		}
	}

	private static ConfigurableApplicationContext second;

	@Autowired
	Logins logins;

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void aWriteThroughOneInstanceIsReadThroughTheOtherWithinASecond() throws Exception {
		String other = secondInstance();
		String id = register("扩展测试公司", "9123010051040001");
		// The other instance answers, and then answers from its cache.
		for (int i = 0; i < 3; i++) {
			assertThat(name(other, id)).isEqualTo("扩展测试公司");
		}
		Map<?, ?> updated = post(base(), "admin", UPDATE.formatted(id, 1, "扩展测试公司（改）"));
		assertThat(updated.toString()).contains("version=2");
		long written = System.nanoTime();
		String seen;
		do {
			seen = name(other, id);
		}
		while (!seen.endsWith("（改）") && System.nanoTime() - written < Duration.ofSeconds(2).toNanos());
		long lagMillis = (System.nanoTime() - written) / 1_000_000;
		System.out.printf("Second instance saw the write after %d ms%n", lagMillis);
		// Guaranteed, however loaded the machine: a read that starts a second after the
		// write's answer sees it (the stamp is trusted for one second only).
		Thread.sleep(Math.max(0, 1000 - lagMillis));
		assertThat(name(other, id)).isEqualTo("扩展测试公司（改）");
		assertThat(name(base(), id)).isEqualTo("扩展测试公司（改）");
	}

	@Test
	void aShortMixedLoadAcrossBothInstancesLeavesThemAnsweringAlike() throws Exception {
		String[] instances = { base(), secondInstance() };
		int clients = 8;
		List<String> ids = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			ids.add(register("负载测试公司" + c, "91230100510500%02d".formatted(c)));
		}
		Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
		AtomicInteger errors = new AtomicInteger();
		long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<Integer>> versions = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			String id = ids.get(c);
			versions.add(pool.submit(() -> {
				int version = 1;
				for (int i = 0; System.nanoTime() < end && i < 400; i++) {
					String instance = instances[i % 2];
					HttpResponse<String> response;
					if (i % 10 == 9) {
						response = send(instance, "admin", UPDATE.formatted(id, version, "负载名" + i));
						if (response.statusCode() == 200 && !response.body().contains("\"errors\"")) {
							version++;
						}
					}
					else {
						response = send(instance, null,
								"{\"query\":\"{ enterprise(id: \\\"%s\\\") { name } region(code: \\\"230100\\\") { name } }\"}"
									.formatted(id));
					}
					statuses.merge(response.statusCode(), 1, Integer::sum);
					if (response.statusCode() == 200 && response.body().contains("\"errors\"")) {
						errors.incrementAndGet();
					}
				}
				return version;
			}));
		}
		pool.shutdown();
		for (Future<Integer> version : versions) {
			assertThat(version.get(2, TimeUnit.MINUTES)).isGreaterThan(1);
		}
		System.out.println("Load across two instances, HTTP statuses: " + statuses);
		assertThat(statuses.keySet()).containsOnly(200);
		assertThat(errors).hasValue(0);
		Thread.sleep(1000);
		for (String id : ids) {
			String stored = (String) this.driver()
				.executableQuery("MATCH (e:Enterprise {id: $id}) RETURN e.name AS name")
				.withParameters(Map.of("id", id))
				.execute()
				.records()
				.get(0)
				.get("name")
				.asString();
			assertThat(name(instances[0], id)).isEqualTo(stored);
			assertThat(name(instances[1], id)).isEqualTo(stored);
		}
	}

	private org.neo4j.driver.Driver driver() {
		return this.context.getBean(org.neo4j.driver.Driver.class);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/** The second instance against the same server, started once. */
	private static synchronized String secondInstance() {
		if (second == null) {
			// As arguments: they outrank application.yaml, which sets the URI from
			// NEO4J_URI.
			second = new SpringApplicationBuilder(IndustryAtlasApplication.class).run("--server.port=0",
					"--spring.neo4j.uri=" + uri, "--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=not-checked-auth-disabled",
					"--spring.config.import=classpath:security/test-accounts.yaml");
			assertThat(second.getBeanNamesForType(DatabaseManagementService.class)).as("an embedded database")
				.isEmpty();
		}
		return "http://127.0.0.1:" + second.getEnvironment().getProperty("local.server.port");
	}

	private String register(String name, String codePrefix) {
		return this.logins.as("admin")
			.document("mutation($input: RegisterEnterpriseInput!) { registerEnterprise(input: $input) "
					+ "{ enterprise { id } } }")
			.variable("input", Map.of("name", name, "uscc", Uscc.complete(codePrefix), "regionCode", "230100"))
			.execute()
			.path("registerEnterprise.enterprise.id")
			.entity(String.class)
			.get();
	}

	private static final String UPDATE = "{\"query\":\"mutation { updateEnterprise(input: {id: \\\"%s\\\", version: %d, name: \\\"%s\\\"}) { enterprise { version } } }\"}";

	private String name(String instance, String id) throws Exception {
		Map<?, ?> body = post(instance, null,
				"{\"query\":\"query ScaleOutName { enterprise(id: \\\"%s\\\") { name } }\"}".formatted(id));
		return (String) ((Map<?, ?>) ((Map<?, ?>) body.get("data")).get("enterprise")).get("name");
	}

	private Map<?, ?> post(String instance, @Nullable String account, String body) throws Exception {
		HttpResponse<String> response = send(instance, account, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		Map<?, ?> json = JsonMapper.shared().readValue(response.body(), Map.class);
		assertThat(json.get("errors")).as(response.body()).isNull();
		return json;
	}

	private HttpResponse<String> send(String instance, @Nullable String account, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance + "/graphql"))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (account != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((account + ":" + account + "-pass").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static Process start(int port) throws IOException, InterruptedException {
		Path home = Files.createDirectories(Path.of("target/external-neo4j/" + port));
		Path conf = Files.createDirectories(home.resolve("conf"));
		Files.writeString(conf.resolve("neo4j.conf"),
				String.join("\n", "server.bolt.enabled=true", "server.bolt.listen_address=127.0.0.1:" + port,
						"server.http.enabled=false", "server.https.enabled=false", "dbms.security.auth_enabled=false",
						"server.memory.pagecache.size=64m",
						"server.directories.data=" + home.resolve("data").toAbsolutePath(),
						"server.directories.logs=" + home.resolve("logs").toAbsolutePath(), ""));
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process process = new ProcessBuilder(
				List.of(java.toString(), "-Xmx512m", "--add-opens=java.base/java.nio=ALL-UNNAMED",
						"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
						"-cp", System.getProperty("java.class.path"), "org.neo4j.server.CommunityEntryPoint",
						"--home-dir=" + home.toAbsolutePath(), "--config-dir=" + conf.toAbsolutePath()))
			.redirectErrorStream(true)
			.redirectOutput(home.resolve("server.out").toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("The Neo4j server exited with " + process.exitValue() + ": "
						+ Files.readString(home.resolve("server.out")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
				return process;
			}
			catch (IOException notYet) {
				Thread.sleep(500);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("The Neo4j server did not open its Bolt port in time");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
