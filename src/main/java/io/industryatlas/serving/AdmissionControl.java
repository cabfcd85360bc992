package io.industryatlas.serving;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The gate in front of the API: at most {@code concurrency} requests run at once, up to
 * {@code queue} more wait in order of arrival (for at most {@code queue-timeout}), and
 * any beyond that are answered at once with 503 and {@code Retry-After}, so that under
 * overload the server keeps working at its saturated rate and a caller learns at once to
 * come back, instead of waiting until a time-out. With a rate limit set, a caller over
 * its rate gets 429 first.
 *
 * <p>
 * A request's turn lasts until its answer is written: Spring for GraphQL writes it on an
 * asynchronous dispatch, so the turn is handed back when that completes.
 */
class AdmissionControl extends OncePerRequestFilter {

	private final Semaphore running;

	private final AtomicInteger queued = new AtomicInteger();

	private final int queue;

	private final long queueTimeoutNanos;

	private final long retryAfterSeconds;

	private final RateLimits rateLimits;

	private final Timer waits;

	private final Counter overload;

	private final Counter overRate;

	AdmissionControl(ServingProperties properties, RateLimits rateLimits, MeterRegistry meters) {
		// Fair: waiting requests get their turn in order of arrival.
		this.running = new Semaphore(properties.concurrency(), true);
		this.queue = properties.queue();
		this.queueTimeoutNanos = properties.queueTimeout().toNanos();
		this.retryAfterSeconds = Math.max(1, (properties.retryAfter().toMillis() + 999) / 1000);
		this.rateLimits = rateLimits;
		int concurrency = properties.concurrency();
		Gauge.builder("atlas.admission.active", this.running, s -> concurrency - s.availablePermits())
			.description("API requests running now")
			.register(meters);
		Gauge.builder("atlas.admission.queued", this.queued, AtomicInteger::get)
			.description("API requests waiting for a turn")
			.register(meters);
		Gauge.builder("atlas.admission.limit", () -> concurrency)
			.description("API requests allowed to run at once (atlas.serving.concurrency)")
			.register(meters);
		this.waits = Timer.builder("atlas.admission.wait")
			.description("How long admitted requests waited for their turn")
			.publishPercentileHistogram()
			.register(meters);
		this.overload = Counter.builder("atlas.admission.rejected")
			.tag("reason", "overload")
			.description("Requests answered 503 (queue full or waited too long) or 429 (over the rate limit)")
			.register(meters);
		this.overRate = Counter.builder("atlas.admission.rejected")
			.tag("reason", "rate_limit")
			.description("Requests answered 503 (queue full or waited too long) or 429 (over the rate limit)")
			.register(meters);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.rateLimits.enabled()) {
			Bucket bucket = this.rateLimits.bucket(caller(request));
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			if (!probe.isConsumed()) {
				this.overRate.increment();
				long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
				refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, seconds,
						"Too many requests from this caller; try again in %d s".formatted(seconds), "RATE_LIMITED");
				return;
			}
		}
		if (!admit()) {
			this.overload.increment();
			refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, this.retryAfterSeconds,
					"The server is busy; try again in %d s".formatted(this.retryAfterSeconds), "UNAVAILABLE");
			return;
		}
		boolean handedOn = false;
		try {
			chain.doFilter(request, response);
			if (request.isAsyncStarted()) {
				request.getAsyncContext().addListener(new Release());
				handedOn = true;
			}
		}
		finally {
			if (!handedOn) {
				this.running.release();
			}
		}
	}

	/** Takes a turn: at once, or after waiting in the queue; false when there is none. */
	private boolean admit() {
		long start = System.nanoTime();
		// tryAcquire(0, ...) keeps the order of arrival; tryAcquire() would jump the
		// queue.
		if (acquire(0)) {
			this.waits.record(Duration.ZERO);
			return true;
		}
		if (this.queued.incrementAndGet() > this.queue) {
			this.queued.decrementAndGet();
			return false;
		}
		try {
			boolean admitted = acquire(this.queueTimeoutNanos);
			if (admitted) {
				this.waits.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
			}
			return admitted;
		}
		finally {
			this.queued.decrementAndGet();
		}
	}

	private boolean acquire(long nanos) {
		try {
			return this.running.tryAcquire(nanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Who a rate limit counts against: the account, else the address. */
	private static String caller(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "account:" + authentication.getName();
		}
		return "address:" + request.getRemoteAddr();
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			long retryAfterSeconds, String message, String classification) throws IOException {
		response.setStatus(status.value());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// The shape of a GraphQL error, which the other endpoints' clients read as well.
		response.getWriter()
			.write("{\"errors\":[{\"message\":\"%s\",\"extensions\":{\"classification\":\"%s\",\"retryAfterSeconds\":%d}}]}"
				.formatted(message, classification, retryAfterSeconds));
	}

	/** Hands the turn back when the asynchronously written answer is done. */
	private final class Release implements AsyncListener {

		private final AtomicBoolean released = new AtomicBoolean();

		@Override
		public void onComplete(AsyncEvent event) {
			release();
		}

		@Override
		public void onTimeout(AsyncEvent event) {
			release();
		}

		@Override
		public void onError(AsyncEvent event) {
			release();
		}

		@Override
		public void onStartAsync(AsyncEvent event) {
			// Started again: the listener must be added again to hear of the end.
			event.getAsyncContext().addListener(this);
		}

		private void release() {
			if (this.released.compareAndSet(false, true)) {
				AdmissionControl.this.running.release();
			}
		}

	}

}
