package io.industryatlas.serving;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How many requests the app serves at once, and what it does with the rest.
 *
 * <p>
 * {@code concurrency} is the one setting the rest is sized from: that many API requests
 * (GraphQL, export, import) run at once; up to {@code queue} more wait their turn, in
 * order of arrival, for at most {@code queueTimeout}; beyond that a request is answered
 * at once with 503 and {@code Retry-After}. The web server's threads are
 * {@code concurrency + queue + 16} (so that every request reaches the gate instead of
 * waiting unseen in the server's own queue), and the database driver's connection pool
 * {@code concurrency + 8} (a running request holds at most one connection at a time; the
 * rest serve background work).
 *
 * @param concurrency API requests running at once
 * @param queue requests waiting for a turn; 0 for {@code 24 x concurrency}
 * @param queueTimeout the longest a request waits in the queue before a 503
 * @param retryAfter the {@code Retry-After} of a 503
 * @param rateLimit an optional limit per caller (429)
 * @param cache the cache of read answers
 */
@ConfigurationProperties("atlas.serving")
public record ServingProperties(@DefaultValue("8") int concurrency, @DefaultValue("0") int queue,
		@DefaultValue("5s") Duration queueTimeout, @DefaultValue("1s") Duration retryAfter,
		@DefaultValue RateLimit rateLimit, @DefaultValue Cache cache) {

	public ServingProperties {
		if (concurrency < 1) {
			throw new IllegalArgumentException("atlas.serving.concurrency must be at least 1, got " + concurrency);
		}
		if (queue <= 0) {
			queue = 24 * concurrency;
		}
	}

	/** Web server threads: every admitted or queued request, and room for the rest. */
	int serverThreads() {
		return this.concurrency + this.queue + 16;
	}

	/** Database connections: one per running request, and room for background work. */
	int connectionPool() {
		return this.concurrency + 8;
	}

	/**
	 * A limit on requests per caller: an account by its name, anyone else by address.
	 *
	 * @param requestsPerMinute the steady rate allowed; 0 turns the limit off
	 * @param burst how many requests a caller may make at once (the bucket's size)
	 */
	public record RateLimit(@DefaultValue("0") int requestsPerMinute, @DefaultValue("60") int burst) {

		boolean enabled() {
			return this.requestsPerMinute > 0;
		}

	}

	/**
	 * The cache of read answers (see {@link ResponseCache}).
	 *
	 * @param enabled whether answers are cached
	 * @param maxSize the most memory the cached answers take (their JSON size)
	 * @param maxEntrySize answers larger than this are not cached
	 * @param expireAfter an answer is dropped this long after it was computed even if no
	 * write came (a bound on memory held, not on freshness: writes invalidate at once)
	 */
	public record Cache(@DefaultValue("true") boolean enabled, @DefaultValue("64MB") DataSize maxSize,
			@DefaultValue("1MB") DataSize maxEntrySize, @DefaultValue("10m") Duration expireAfter) {
	}

}
