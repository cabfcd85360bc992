package io.industryatlas.serving;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;

/**
 * One token bucket per caller (Bucket4j): {@code burst} requests at once, refilled at
 * {@code requests-per-minute}. Callers not seen for ten minutes are forgotten, and at
 * most 100 000 are remembered.
 */
class RateLimits {

	private final ServingProperties.RateLimit settings;

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(10))
		.maximumSize(100_000)
		.build();

	RateLimits(ServingProperties.RateLimit settings) {
		this.settings = settings;
	}

	boolean enabled() {
		return this.settings.enabled();
	}

	Bucket bucket(String caller) {
		return this.buckets.get(caller,
				key -> Bucket.builder()
					.addLimit(limit -> limit.capacity(Math.max(1, this.settings.burst()))
						.refillGreedy(this.settings.requestsPerMinute(), Duration.ofMinutes(1)))
					.build());
	}

}
