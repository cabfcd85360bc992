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

import org.junit.jupiter.api.AfterAll;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app against a Neo4j server in its own JVM, started from the Maven Central jars
 * ({@code org.neo4j.server.CommunityEntryPoint}): the external path where no Docker
 * engine exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureHttpGraphQlTester
class ExternalServerProcessTests extends ExternalNeo4jContract {

	private static Process server;

	@DynamicPropertySource
	static void neo4j(DynamicPropertyRegistry registry) throws Exception {
		int port = freePort();
		server = start(port);
		registry.add("spring.neo4j.uri", () -> "bolt://127.0.0.1:" + port);
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

	private static Process start(int port) throws IOException, InterruptedException {
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
