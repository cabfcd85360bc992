package io.industryatlas.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.jspecify.annotations.Nullable;

/**
 * A closed-loop load generator: N platform threads, each sending one request of the mix
 * at a time for a set duration (no think time), recording each successful request's
 * latency in microseconds in an HdrHistogram {@link Recorder} per operation, counting
 * failures by kind, and measuring its own CPU time (its threads', by name) so that it can
 * be told apart from the server's. It stops by itself: no request starts after the
 * duration or once {@code load.max-requests} have started, and each request has a
 * timeout.
 */
final class LoadDriver {

	/** Sends one request; returns null on success, else the failure. */
	interface Requests {

		@Nullable Failure send(LoadMix.Call call);

		/**
		 * Whether a thread other than the clients' belongs to the load generator for
		 * these requests (an HTTP client's selector, a driver's event loop).
		 */
		boolean isGeneratorThread(String name);

	}

	/**
	 * A failed request.
	 *
	 * @param kind what the report counts it under: an HTTP status, a GraphQL error
	 * classification, a server error code, an exception
	 * @param detail what the first one of its kind said
	 */
	record Failure(String kind, String detail) {

	}

	/**
	 * What a run measured.
	 *
	 * @param name the run's name
	 * @param seconds from the first request to the end of the last
	 * @param latencies successful requests' latencies (µs) by operation
	 * @param errors failures by kind
	 * @param errorExamples the first failure of each kind
	 * @param errorsByOperation failures by operation
	 * @param fresh requests whose variables the run had not sent before, by operation
	 * @param generatorCpuNanos the CPU time of the load generator's threads
	 * @param processCpuNanos the CPU time of this whole JVM in the same window
	 */
	record Run(String name, double seconds, Map<String, Histogram> latencies, Map<String, Long> errors,
			Map<String, String> errorExamples, Map<String, Long> errorsByOperation, Map<String, Long> fresh,
			long generatorCpuNanos, long processCpuNanos) {

		long succeeded() {
			return this.latencies.values().stream().mapToLong(Histogram::getTotalCount).sum();
		}

		long failed() {
			return this.errors.values().stream().mapToLong(Long::longValue).sum();
		}

		/**
		 * Every operation's latencies in one histogram, or only those {@code selected}.
		 */
		Histogram overall(Predicate<String> selected) {
			Histogram all = new Histogram(3);
			this.latencies.forEach((operation, histogram) -> {
				if (selected.test(operation)) {
					all.add(histogram);
				}
			});
			return all;
		}

	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final String CLIENT_THREAD = "load-client-";

	private final LoadSettings settings;

	LoadDriver(LoadSettings settings) {
		this.settings = settings;
	}

	/** Runs the mix for {@code duration} with {@code settings.clients()} clients. */
	Run run(String name, LoadMix mix, Requests requests, Duration duration, boolean withWrites) throws Exception {
		Map<String, Recorder> recorders = new ConcurrentHashMap<>();
		Map<String, LongAdder> errors = new ConcurrentHashMap<>();
		Map<String, String> examples = new ConcurrentHashMap<>();
		Map<String, LongAdder> errorsByOperation = new ConcurrentHashMap<>();
		Map<String, LongAdder> fresh = new ConcurrentHashMap<>();
		Set<String> sent = ConcurrentHashMap.newKeySet();
		AtomicLong budget = new AtomicLong(this.settings.maxRequests());
		AtomicInteger threadNumber = new AtomicInteger();
		AtomicLong clientCpu = new AtomicLong();
		ExecutorService clients = Executors.newFixedThreadPool(this.settings.clients(), (task) -> {
			Thread thread = new Thread(task, CLIENT_THREAD + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		Map<Long, Long> threadsBefore = cpuByThread(requests::isGeneratorThread);
		long processBefore = processCpuNanos();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		AtomicLong lastDone = new AtomicLong(start);
		try {
			for (int i = 0; i < this.settings.clients(); i++) {
				int client = i;
				clients.execute(() -> {
					SplittableRandom random = new SplittableRandom(this.settings.randomSeed() * 1_000 + client);
					while (System.nanoTime() < end && budget.decrementAndGet() >= 0) {
						LoadMix.Call call = mix.next(client, random, withWrites);
						if (sent.add(call.operation() + call.variables())) {
							fresh.computeIfAbsent(call.operation(), (k) -> new LongAdder()).increment();
						}
						long sentAt = System.nanoTime();
						Failure failure;
						try {
							failure = requests.send(call);
						}
						catch (RuntimeException ex) {
							// A fault of the load generator's (reading an answer,
							// refreshing a
							// write's state): counted, and the client goes on.
							failure = new Failure("load generator: " + ex.getClass().getSimpleName(),
									String.valueOf(ex.getMessage()));
						}
						long done = System.nanoTime();
						lastDone.accumulateAndGet(done, Math::max);
						if (failure == null) {
							recorders.computeIfAbsent(call.operation(), (k) -> new Recorder(3))
								.recordValue(Math.max(1, (done - sentAt) / 1_000));
						}
						else {
							errors.computeIfAbsent(failure.kind(), (k) -> new LongAdder()).increment();
							examples.putIfAbsent(failure.kind(), call.operation() + ": " + failure.detail());
							errorsByOperation.computeIfAbsent(call.operation(), (k) -> new LongAdder()).increment();
						}
					}
					// A new thread per run: all its CPU time is this run's.
					clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
				});
			}
			clients.shutdown();
			Duration grace = this.settings.requestTimeout().plusSeconds(10);
			if (!clients.awaitTermination(duration.plus(grace).toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("Clients still busy %s after the end of %s".formatted(grace, name));
			}
		}
		finally {
			clients.shutdownNow();
		}
		long generatorCpu = clientCpu.get() + cpuDelta(threadsBefore, cpuByThread(requests::isGeneratorThread));
		long processCpu = processCpuNanos() - processBefore;
		Map<String, Histogram> latencies = new TreeMap<>();
		recorders.forEach((operation, recorder) -> latencies.put(operation, recorder.getIntervalHistogram()));
		return new Run(name, (lastDone.get() - start) / 1e9, latencies, sums(errors), new TreeMap<>(examples),
				sums(errorsByOperation), sums(fresh), generatorCpu, processCpu);
	}

	private static Map<String, Long> sums(Map<String, LongAdder> adders) {
		Map<String, Long> sums = new TreeMap<>();
		adders.forEach((key, adder) -> sums.put(key, adder.sum()));
		return sums;
	}

	/** The CPU time of each live thread whose name {@code selected} accepts. */
	static Map<Long, Long> cpuByThread(Predicate<String> selected) {
		Map<Long, Long> cpu = new HashMap<>();
		for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null && selected.test(info.getThreadName())) {
				long nanos = THREADS.getThreadCpuTime(info.getThreadId());
				if (nanos >= 0) {
					cpu.put(info.getThreadId(), nanos);
				}
			}
		}
		return cpu;
	}

	private static long cpuDelta(Map<Long, Long> before, Map<Long, Long> after) {
		long delta = 0;
		for (Map.Entry<Long, Long> thread : after.entrySet()) {
			delta += thread.getValue() - before.getOrDefault(thread.getKey(), 0L);
		}
		return delta;
	}

	/** This JVM's CPU time. */
	static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	/** The names of this JVM's live threads. */
	static List<String> threadNames() {
		List<String> names = new ArrayList<>();
		for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info != null) {
				names.add(info.getThreadName());
			}
		}
		return names;
	}

}
