package io.industryatlas.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.exceptions.Neo4jException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The two ways the load benchmark sends its mix: GraphQL over HTTP, Cypher over Bolt. */
final class LoadRequests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LoadRequests() {
	}

	/** At most 300 characters of {@code text}, on one line. */
	static String abbreviate(String text) {
		String line = text.replaceAll("\\s+", " ");
		return (line.length() <= 300) ? line : line.substring(0, 300) + "...";
	}

	/**
	 * The UI's requests as the UI sends them: a POST of the document and its variables,
	 * over HTTP/1.1 with keep-alive ({@code java.net.http}, one connection per client). A
	 * failure is an HTTP status (503 and 429 apart: what admission control answers), a
	 * GraphQL error by its classification, or a transport exception.
	 */
	static final class GraphQl implements LoadDriver.Requests {

		private final HttpClient http;

		private final URI endpoint;

		private final Duration timeout;

		private final @Nullable String authorization;

		GraphQl(URI endpoint, Duration timeout, @Nullable String authorization) {
			this.http = HttpClient.newBuilder()
				.version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(10))
				.build();
			this.endpoint = endpoint;
			this.timeout = timeout;
			this.authorization = authorization;
		}

		@Override
		public LoadDriver.@Nullable Failure send(LoadMix.Call call) {
			HttpRequest.Builder request = HttpRequest.newBuilder(this.endpoint)
				.timeout(this.timeout)
				.header("Content-Type", "application/json")
				.header("Accept", "application/graphql-response+json, application/json")
				.POST(HttpRequest.BodyPublishers.ofString(JSON
					.writeValueAsString(java.util.Map.of("query", call.document(), "variables", call.variables()))));
			if (call.write() != null) {
				if (this.authorization == null) {
					return new LoadDriver.Failure("no account for writes", "set -Dload.user and -Dload.password");
				}
				request.header("Authorization", this.authorization);
			}
			HttpResponse<String> response;
			try {
				response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (HttpTimeoutException ex) {
				return new LoadDriver.Failure("timeout (client, %d s)".formatted(this.timeout.toSeconds()),
						String.valueOf(ex.getMessage()));
			}
			catch (IOException ex) {
				return new LoadDriver.Failure("transport: " + ex.getClass().getSimpleName(),
						String.valueOf(ex.getMessage()));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return new LoadDriver.Failure("interrupted", "");
			}
			LoadDriver.Failure failure = failure(response.statusCode(), response.body());
			if (call.write() != null) {
				if (failure == null) {
					call.write().succeeded(JSON.readTree(response.body()).path("data"));
				}
				else {
					call.write().failed();
				}
			}
			return failure;
		}

		private static LoadDriver.@Nullable Failure failure(int status, String body) {
			boolean errors = body.contains("\"errors\"");
			if (status == 200 && !errors) {
				return null;
			}
			if (status == 503 || status == 429 || status == 408 || status >= 500 || !errors) {
				return new LoadDriver.Failure("HTTP " + status, abbreviate(body));
			}
			JsonNode error = JSON.readTree(body).path("errors").path(0);
			if (error.isMissingNode()) {
				return (status == 200) ? null : new LoadDriver.Failure("HTTP " + status, abbreviate(body));
			}
			return new LoadDriver.Failure(
					"GraphQL " + error.path("extensions").path("classification").asString("(no classification)"),
					abbreviate(error.path("message").asString("")));
		}

		@Override
		public boolean isGeneratorThread(String name) {
			// The JDK client's selector and its workers.
			return name.startsWith("HttpClient-");
		}

	}

	/**
	 * The same reads as one hand-written Cypher statement each, over the Neo4j driver,
	 * with its own connection pool of one connection per client. A failure is the
	 * server's error code or the exception.
	 */
	static final class Cypher implements LoadDriver.Requests {

		private static final QueryConfig READ = QueryConfig.builder().withRouting(RoutingControl.READ).build();

		private final Driver driver;

		private final Set<String> appDriverThreadGroups;

		/**
		 * @param driver the driver the statements go through
		 * @param appDriverThreadGroups the event-loop thread groups of other drivers in
		 * this JVM (the in-process app's), which are not the load generator's
		 */
		Cypher(Driver driver, Set<String> appDriverThreadGroups) {
			this.driver = driver;
			this.appDriverThreadGroups = appDriverThreadGroups;
		}

		@Override
		public LoadDriver.@Nullable Failure send(LoadMix.Call call) {
			if (call.cypher() == null) {
				return new LoadDriver.Failure("no Cypher", call.operation());
			}
			try {
				this.driver.executableQuery(call.cypher())
					.withParameters(call.cypherParameters())
					.withConfig(READ)
					.execute();
				return null;
			}
			catch (Neo4jException ex) {
				return new LoadDriver.Failure("Cypher " + ex.code(), abbreviate(String.valueOf(ex.getMessage())));
			}
			catch (RuntimeException ex) {
				return new LoadDriver.Failure("Cypher: " + ex.getClass().getSimpleName(),
						abbreviate(String.valueOf(ex.getMessage())));
			}
		}

		@Override
		public boolean isGeneratorThread(String name) {
			return name.startsWith("Neo4jDriverIO-") && !this.appDriverThreadGroups.contains(threadGroup(name));
		}

		/**
		 * {@code Neo4jDriverIO-2} of {@code Neo4jDriverIO-2-1}: one driver's event loop.
		 */
		static String threadGroup(String name) {
			return name.substring(0, name.lastIndexOf('-'));
		}

	}

}
