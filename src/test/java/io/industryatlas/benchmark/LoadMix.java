package io.industryatlas.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.core.io.ClassPathResource;

/**
 * The load benchmark's workload: every query the web UI sends, weighted as users visit
 * its views (entity pages and search most, the map and the estimate form least), each
 * with variables drawn from {@link LoadData} (a share of them not used before) and its
 * hand-written Cypher equivalent ({@code src/test/resources/benchmark/<query>.cypher}:
 * one statement fetching the same data, with the same parameters); plus a small share of
 * writes ({@link LoadWrites}).
 */
final class LoadMix {

	/**
	 * The amounts the hot share of estimates ask about (yuan of fixed-asset investment).
	 */
	private static final List<String> HOT_AMOUNTS = List.of("30000000", "50000000", "100000000");

	/**
	 * One of the UI's queries.
	 *
	 * @param name the query's name in the UI's sources
	 * @param weight how often it is sent, relative to the others
	 * @param document the GraphQL document, fragments included
	 * @param cypher the hand-written Cypher for the same data
	 * @param variables draws the variables: {@code true} asks for ones not used before
	 * @param cypherParameters the Cypher's parameters for those variables
	 */
	record Operation(String name, int weight, String document, String cypher,
			BiFunction<SplittableRandom, Boolean, Map<String, Object>> variables,
			Function<Map<String, Object>, Map<String, Object>> cypherParameters) {

	}

	/**
	 * One request to make.
	 *
	 * @param operation the query's or the write's name
	 * @param document the GraphQL document
	 * @param variables its variables
	 * @param cypher the Cypher equivalent, or null for a write
	 * @param cypherParameters the Cypher's parameters
	 * @param write the write's state to update with the answer, or null for a read
	 */
	record Call(String operation, String document, Map<String, Object> variables, @Nullable String cypher,
			Map<String, Object> cypherParameters, LoadWrites.@Nullable Write write) {

	}

	private final List<Operation> operations;

	private final int totalWeight;

	private final double distinctShare;

	private final double writeShare;

	private final @Nullable LoadWrites writes;

	private LoadMix(List<Operation> operations, double distinctShare, double writeShare, @Nullable LoadWrites writes) {
		this.operations = operations;
		this.totalWeight = operations.stream().mapToInt(Operation::weight).sum();
		this.distinctShare = distinctShare;
		this.writeShare = writeShare;
		this.writes = writes;
	}

	/**
	 * The mix over the UI's queries; fails when the UI sends a query the mix does not
	 * weigh, so that a new view joins the benchmark when it joins the UI.
	 */
	static LoadMix create(UiDocuments ui, LoadData data, @Nullable LoadWrites writes, LoadSettings settings) {
		String today = LocalDate.now().toString();
		BiFunction<SplittableRandom, Boolean, Map<String, Object>> none = (random, distinct) -> Map.of();
		BiFunction<SplittableRandom, Boolean, Map<String, Object>> chainArea = (random, distinct) -> data.chainAreas
			.pick(random, distinct);
		Function<Map<String, Object>, Map<String, Object>> areaParameters = (variables) -> {
			Map<String, Object> parameters = new HashMap<>(variables);
			parameters.putIfAbsent("region", null);
			parameters.putIfAbsent("cluster", null);
			return parameters;
		};
		List<Operation> operations = List.of(
				operation(ui, "EnterpriseView", 16, (r, d) -> Map.of("id", data.enterprises.pick(r, d))),
				operation(ui, "ParkView", 14, (r, d) -> Map.of("id", data.parks.pick(r, d))),
				// The search box asks for 8 as the user types; the search page for 50.
				operation(ui, "Search", 14,
						(r, d) -> Map.of("text", data.searches.pick(r, d), "first", (r.nextInt(4) == 0) ? 50 : 8)),
				operation(ui, "RegionView", 12, (r, d) -> Map.of("code", data.regions.pick(r, d))),
				// Sent with every chain and attraction view, for the pickers.
				operation(ui, "PickerData", 10, none), operation(ui, "MapData", 6, none),
				operation(ui, "PlatformView", 6, (r, d) -> Map.of("id", data.platforms.pick(r, d))),
				new Operation("ChainView", 6, ui.document("ChainView"), cypher("ChainView"), chainArea, areaParameters),
				operation(ui, "ClusterView", 4, (r, d) -> Map.of("id", data.clusters.pick(r, d))),
				new Operation(
						"AttractView", 4, ui.document("AttractView"), cypher("AttractView"), chainArea, areaParameters),
				operation(ui, "Vocabulary", 4, none),
				new Operation("Estimate", 4, ui.document("Estimate"), cypher("Estimate"), (r, d) -> Map.of("project",
						project(data.regions.pick(r, d), today,
								d ? Long.toString(1_000_000L + r.nextLong(1_000_000_000L))
										: HOT_AMOUNTS.get(r.nextInt(HOT_AMOUNTS.size()))),
						"eligibleOnly", false),
						(variables) -> Map.of("region", ((Map<?, ?>) variables.get("project")).get("region"))));
		Set<String> unweighed = new LinkedHashSet<>(ui.operationNames());
		operations.forEach(operation -> unweighed.remove(operation.name()));
		if (!unweighed.isEmpty()) {
			throw new IllegalStateException("The UI sends queries the load mix does not weigh: " + unweighed);
		}
		return new LoadMix(operations, settings.distinctShare(), settings.writeShare(), writes);
	}

	/** The queries, in the order the report lists them. */
	List<Operation> operations() {
		return this.operations;
	}

	/** The share of all reads that {@code operation} makes. */
	double share(Operation operation) {
		return operation.weight() / (double) this.totalWeight;
	}

	/**
	 * The next request of {@code client}: a write with the write share when
	 * {@code withWrites} (and the client has something to write), else a read drawn by
	 * weight.
	 */
	Call next(int client, SplittableRandom random, boolean withWrites) {
		if (withWrites && this.writes != null && random.nextDouble() < this.writeShare) {
			Call write = this.writes.next(client);
			if (write != null) {
				return write;
			}
		}
		int ticket = random.nextInt(this.totalWeight);
		for (Operation operation : this.operations) {
			ticket -= operation.weight();
			if (ticket < 0) {
				Map<String, Object> variables = operation.variables()
					.apply(random, random.nextDouble() < this.distinctShare);
				return new Call(operation.name(), operation.document(), variables, operation.cypher(),
						operation.cypherParameters().apply(variables), null);
			}
		}
		throw new IllegalStateException("Weights do not add up");
	}

	private static Operation operation(UiDocuments ui, String name, int weight,
			BiFunction<SplittableRandom, Boolean, Map<String, Object>> variables) {
		return new Operation(name, weight, ui.document(name), cypher(name), variables, Function.identity());
	}

	/**
	 * The estimate form as the UI submits it first (see frontend/src/lib/estimate.ts).
	 */
	private static Map<String, Object> project(String region, String date, String investment) {
		return Map.of("region", region, "date", date, "kinds", List.of("NEW_INDUSTRIALIZATION_PROJECT"), "construction",
				"NEW_BUILD", "amounts", List.of(Map.of("name", "fixedAssetInvestment", "value", investment)),
				"recognitions", new ArrayList<>());
	}

	/** The hand-written Cypher of a UI query. */
	static String cypher(String name) {
		try {
			return new ClassPathResource("benchmark/" + name + ".cypher").getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No hand-written Cypher for " + name, ex);
		}
	}

}
