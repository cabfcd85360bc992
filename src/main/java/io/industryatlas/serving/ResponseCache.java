package io.industryatlas.serving;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.util.RawValue;

import org.springframework.core.Ordered;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

import io.industryatlas.graph.DataVersion;
import io.industryatlas.security.Access;
import io.industryatlas.security.Actor;

/**
 * Keeps the answers to read queries, so that a repeated question is answered without
 * running it again, and the same question asked by many at once runs once.
 *
 * <p>
 * <b>What is cached.</b> The JSON of the {@code data} of a query operation that answered
 * without errors, keyed on everything the answer depends on: the document, the operation
 * name, the variables, who asks (anonymous, or the account with its roles, parks and
 * regions), the request's locale, today's date (estimates and targets default to it), and
 * the data stamp ({@link DataVersion}) it was computed at. Mutations are never cached or
 * shared. Only documents already seen to be query operations are looked up.
 *
 * <p>
 * <b>Why it is exact.</b> Every committed write moves the data stamp on (in the writing
 * transaction); an answer is kept only under the stamp it was computed at, and served
 * only while this instance knows that stamp to be the newest. On the writing instance the
 * new stamp is known before the mutation's answer leaves; other instances read it every
 * {@code atlas.data-version.check-every} (250 ms), and serve nothing cached when they
 * could not read it for {@code trust-for} (1 s). An answer computed while a write
 * committed is kept under the stamp read before it started, which is no longer current,
 * so it is never served.
 *
 * <p>
 * Bounded by the size of the cached JSON ({@code atlas.serving.cache.max-size}); answers
 * to an old stamp are never hit again and are evicted first.
 */
class ResponseCache implements WebGraphQlInterceptor, Ordered {

	private final AsyncCache<Key, Answer> answers;

	/** Documents (with an operation name) known to be query operations. */
	private final Cache<Operation, Boolean> queries;

	private final DataVersion dataVersion;

	private final Access access;

	private final JsonMapper json;

	private final long maxEntryChars;

	ResponseCache(ServingProperties.Cache settings, DataVersion dataVersion, Access access, JsonMapper json,
			MeterRegistry meters) {
		this.dataVersion = dataVersion;
		this.access = access;
		this.json = json;
		this.maxEntryChars = settings.maxEntrySize().toBytes() / 2;
		this.answers = Caffeine.newBuilder()
			.maximumWeight(settings.maxSize().toBytes())
			.weigher((Key key, Answer answer) -> answer.weight(key))
			.expireAfterWrite(settings.expireAfter())
			.recordStats()
			.buildAsync();
		this.queries = Caffeine.newBuilder().maximumSize(10_000).build();
		CaffeineCacheMetrics.monitor(meters, this.answers, "graphql-responses");
		Gauge
			.builder("atlas.cache.weight", this.answers,
					cache -> cache.synchronous().policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L))
			.baseUnit("bytes")
			.description("Memory taken by the cached answers (twice their JSON length, as Java holds text)")
			.register(meters);
	}

	/** First: a cached answer skips every other interceptor. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long version = this.dataVersion.current();
		if (version < 0) {
			return chain.next(request);
		}
		Operation operation = new Operation(request.getDocument(), request.getOperationName());
		if (this.queries.getIfPresent(operation) == null) {
			// Not known to be a query yet: run it, learn what it is, share nothing.
			QueryMarker.Mark mark = QueryMarker.mark(request);
			return chain.next(request).doOnNext(response -> {
				if (mark.isQuery()) {
					this.queries.put(operation, Boolean.TRUE);
				}
			});
		}
		Key key = new Key(operation, request.getVariables(), this.access.current().orElse(null), request.getLocale(),
				LocalDate.now(), version);
		CompletableFuture<WebGraphQlResponse> own = new CompletableFuture<>();
		// The first asker computes the answer; whoever asks the same meanwhile waits for
		// it.
		CompletableFuture<Answer> answer = this.answers.get(key,
				(k, executor) -> chain.next(request).toFuture().thenApply(response -> {
					own.complete(response);
					return answerTo(response, version);
				}));
		answer.whenComplete((computed, failure) -> {
			if (failure != null || !computed.keep()) {
				this.answers.asMap().remove(key, answer);
			}
		});
		return own.isDone() ? Mono.fromFuture(own) : Mono.fromFuture(answer.thenApply(a -> a.responseTo(request)));
	}

	private Answer answerTo(WebGraphQlResponse response, long version) {
		ExecutionResult result = response.getExecutionResult();
		boolean keep = result.getErrors().isEmpty() && result.isDataPresent() && result.getExtensions() == null
				&& this.dataVersion.current() == version;
		if (!keep) {
			return new Answer(result, 0, false);
		}
		String data = this.json.writeValueAsString(result.getData());
		if (data.length() > this.maxEntryChars) {
			return new Answer(result, 0, false);
		}
		return new Answer(new Cached(data), data.length(), true);
	}

	/** What a document runs: the text and the operation it names. */
	record Operation(String document, @Nullable String name) {
	}

	record Key(Operation operation, Map<String, Object> variables, @Nullable Actor caller, Locale locale,
			LocalDate today, long version) {
	}

	/**
	 * An answer: kept when it can be served again, else only shared with those who asked
	 * the same at the same moment.
	 */
	record Answer(ExecutionResult result, int chars, boolean keep) {

		int weight(Key key) {
			// Java holds text as two bytes a character at most.
			return 2 * (this.chars + key.operation().document().length()) + 256;
		}

		WebGraphQlResponse responseTo(WebGraphQlRequest request) {
			return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), this.result));
		}

	}

	/** A cached answer: its data as JSON, written out as it is. */
	private static final class Cached implements ExecutionResult {

		private final RawValue data;

		Cached(String json) {
			this.data = new RawValue(json);
		}

		@Override
		public List<GraphQLError> getErrors() {
			return List.of();
		}

		@SuppressWarnings("unchecked")
		@Override
		public <T> T getData() {
			return (T) this.data;
		}

		@Override
		public boolean isDataPresent() {
			return true;
		}

		@Override
		public @Nullable Map<Object, Object> getExtensions() {
			return null;
		}

		@Override
		public Map<String, Object> toSpecification() {
			return Map.of("data", this.data);
		}

	}

}
