package io.industryatlas.chain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored number of local enterprises per (chain link, area), which the chain gaps and
 * the attraction targets read instead of counting: {@code (l:ChainLink)-[:LOCAL_COUNT
 * {enterprises: n}]->(a)}, where {@code a} is a {@code :Region} (the area of the region
 * and the regions up to two levels below it) or a {@code :Cluster}. A pair with no local
 * enterprise has no relationship (read it as 0). "Local" is exactly
 * {@link Area#IS_LOCAL}: located in a region of the area, or a current tenant
 * ({@code TENANT_OF} with no {@code until}) of a park located in one, or, for a cluster,
 * a member ({@code MEMBER_OF}); each enterprise counts once per pair.
 *
 * <p>
 * Beside them, the number of current tenants per (park, domain), which a park's
 * {@code tenantsByDomain} reads instead of aggregating every tenant:
 * {@code (p:Park)-[:TENANTS_IN_DOMAIN {tenants: n}]->(d:Domain)}, and
 * {@code p.tenantsWithoutDomain} for tenants with no domain. An enterprise's domains are
 * those it focuses on ({@code FOCUSES_ON}) and those of the chains whose links it covers;
 * it counts once per domain in each park it is a current tenant of. Both kinds of count
 * are kept by the same calls, below.
 *
 * <h2>Writers keep the counts</h2> Any write that changes what an enterprise covers
 * ({@code COVERS}), where it is located ({@code LOCATED_IN}), its current tenancies, its
 * cluster memberships, or the region of a park it is a tenant of, calls this component
 * around the change, in the write's own transaction:
 *
 * <pre>{@code
 * // in the writer's transactional method, e.g. one batch of an import:
 * Snapshot before = coverageCounts.before(enterpriseIds); // locks them, reads their counts
 * ... write the enterprises, their links, regions and tenancies ...
 * coverageCounts.after(before); // adds the differences to the counts
 * }</pre>
 *
 * {@link #before} takes every enterprise the write may change (new ones included: an id
 * not yet in the graph counts as nothing, and so does one deleted by the write
 * afterwards) and {@link #after} adds, per (link, area), how many of them count there now
 * minus before. Both run a fixed number of statements whatever the number of enterprises
 * (they take the ids as a list), so a batch import calls them once per batch transaction,
 * with the batch's ids, before its first write and after its last. Both must run inside
 * the caller's transaction (they refuse to run without one), and the counts change only
 * if it commits.
 *
 * <h2>Locks</h2> So that concurrent writers neither lose an update nor count against a
 * stale state, each takes write locks that last until its transaction ends, always in
 * this order: {@link #before} locks the enterprises (by id), {@link #after} the parks the
 * enterprises have become tenants of (a concurrent change of such a park's region then
 * either waits for this write or is seen by it), then the chain links whose counts change
 * (by id), so the count rows of one link are changed by one transaction at a time, and
 * last the parks whose tenant counts change, then their domains (by id). Writers of
 * tenancies lock the park before the enterprise (see TenancyWrites). A writer that
 * changes a park's region locks the park first, then lists its current tenants and calls
 * {@link #before} with them. Neo4j still detects and breaks the rare deadlock (for
 * instance a batch whose enterprises sit in a park whose region is being changed): one of
 * the writes fails with a transient error and changes nothing.
 *
 * <p>
 * Region and cluster structure ({@code PART_OF}, {@code INCLUDES}) comes only from the
 * seed: the seeder computes the counts in full ({@link #recompute}) whenever it loads
 * something, after generating sample data, and when they have never been computed.
 */
@Component
public class CoverageCounts {

	private static final Log logger = LogFactory.getLog(CoverageCounts.class);

	/**
	 * Raise to have the counts computed again at the next start (when what they count
	 * changes).
	 */
	static final int DEFINITION = 2;

	/** Enterprises read per transaction when computing in full. */
	private static final int BATCH = 20_000;

	/**
	 * For enterprise {@code e}, one row per (link {@code l}, area {@code a}) it counts
	 * in: every area node whose area it is local to, times every link it covers.
	 */
	static final String MEMBERSHIP = """
			CALL (e) {
			  CALL (e) {
			    MATCH (e)-[:LOCATED_IN]->(r:Region) RETURN r
			    UNION
			    MATCH (e)-[t:TENANT_OF]->(:Park)-[:LOCATED_IN]->(r:Region) WHERE t.until IS NULL RETURN r
			  }
			  MATCH (r)-[:PART_OF*0..2]->(root:Region)
			  OPTIONAL MATCH (root)<-[:INCLUDES]-(c:Cluster)
			  UNWIND [root, c] AS a
			  WITH a WHERE a IS NOT NULL
			  RETURN a
			  UNION
			  MATCH (e)-[:MEMBER_OF]->(a:Cluster) RETURN a
			}
			MATCH (e)-[:COVERS]->(l:ChainLink)
			""";

	/**
	 * For enterprise {@code e}, one row per (park {@code p}, {@code domain}) it counts
	 * in: every park it is a current tenant of, times each of its domains' ids (null when
	 * it has none).
	 */
	static final String PARK_MEMBERSHIP = """
			CALL (e) {
			  MATCH (e)-[t:TENANT_OF]->(p:Park) WHERE t.until IS NULL
			  WITH DISTINCT p
			  WITH p, [(e)-[:FOCUSES_ON]->(d:Domain) | d.id]
			          + [(e)-[:COVERS]->(:ChainLink)<-[:HAS_LINK]-(:Chain)-[:IN_DOMAIN]->(d:Domain) | d.id] AS ids
			  UNWIND CASE WHEN ids = [] THEN [null] ELSE ids END AS domain
			  RETURN DISTINCT p, domain
			}
			""";

	/**
	 * The counts of {@code enterprises} (a list), as two lists: {@code counts} per (link,
	 * area) and {@code parkCounts} per (park, domain).
	 */
	private static final String COUNTS_OF = """
			CALL (enterprises) {
			  UNWIND enterprises AS e
			  %s
			  WITH l, a, count(DISTINCT e) AS n
			  RETURN collect({link: l.id, region: CASE WHEN a:Region THEN a.code END,
			                  cluster: CASE WHEN a:Cluster THEN a.id END, n: n}) AS counts
			}
			CALL (enterprises) {
			  UNWIND enterprises AS e
			  %s
			  WITH p, domain, count(DISTINCT e) AS n
			  RETURN collect({park: p.id, domain: domain, n: n}) AS parkCounts
			}
			""".formatted(MEMBERSHIP, PARK_MEMBERSHIP);

	/**
	 * Locks the enterprises (in id order; writing a property takes a lock held until the
	 * transaction ends) and reads their counts and current parks.
	 */
	private static final String BEFORE = """
			UNWIND $ids AS id
			MATCH (e:Enterprise {id: id})
			WITH e ORDER BY e.id
			SET e.coverageLock = true
			REMOVE e.coverageLock
			WITH collect(e) AS enterprises
			CALL (enterprises) {
			  UNWIND enterprises AS e
			  OPTIONAL MATCH (e)-[t:TENANT_OF]->(p:Park) WHERE t.until IS NULL
			  RETURN collect(DISTINCT p.id) AS parks
			}
			%s
			RETURN parks, counts, parkCounts
			""".formatted(COUNTS_OF);

	/**
	 * Locks the parks the enterprises have become tenants of since {@link #BEFORE}, then
	 * (after the aggregation, so with the locks held) reads their counts.
	 */
	private static final String AFTER = """
			UNWIND $ids AS id
			MATCH (e:Enterprise {id: id})
			WITH collect(e) AS enterprises
			CALL (enterprises) {
			  UNWIND enterprises AS e
			  MATCH (e)-[t:TENANT_OF]->(p:Park) WHERE t.until IS NULL AND NOT p.id IN $parks
			  WITH DISTINCT p ORDER BY p.id
			  SET p.coverageLock = true
			  REMOVE p.coverageLock
			  RETURN count(p) AS lockedParks
			}
			%s
			RETURN counts, parkCounts
			""".formatted(COUNTS_OF);

	/**
	 * Adds {@code $deltas} (link, region or cluster, delta) to the counts, creating and
	 * removing rows as they leave and reach 0; the links are locked first, in id order.
	 */
	private static final String APPLY = """
			CALL () {
			  UNWIND $links AS id
			  MATCH (l:ChainLink {id: id})
			  WITH l ORDER BY l.id
			  SET l.coverageLock = true
			  REMOVE l.coverageLock
			  RETURN count(l) AS lockedLinks
			}
			UNWIND $deltas AS d
			MATCH (l:ChainLink {id: d.link})
			CALL (d) {
			  MATCH (a:Region {code: d.region}) RETURN a
			  UNION
			  MATCH (a:Cluster {id: d.cluster}) RETURN a
			}
			MERGE (l)-[c:LOCAL_COUNT]->(a)
			ON CREATE SET c.enterprises = 0
			SET c.enterprises = c.enterprises + d.delta
			WITH c WHERE c.enterprises = 0
			DELETE c
			""";

	/**
	 * Adds {@code $deltas} (park, domain or null, delta) to the tenant counts, creating
	 * and removing them as they leave and reach 0; the parks, then the domains are locked
	 * first, in id order (after the links, see the class comment).
	 */
	private static final String APPLY_PARKS = """
			CALL () {
			  UNWIND $parks AS id
			  MATCH (p:Park {id: id})
			  WITH p ORDER BY p.id
			  SET p.coverageLock = true
			  REMOVE p.coverageLock
			  RETURN count(p) AS lockedParks
			}
			CALL () {
			  UNWIND $domains AS id
			  MATCH (d:Domain {id: id})
			  WITH d ORDER BY d.id
			  SET d.coverageLock = true
			  REMOVE d.coverageLock
			  RETURN count(d) AS lockedDomains
			}
			UNWIND $deltas AS d
			MATCH (p:Park {id: d.park})
			CALL (p, d) {
			  WITH p, d WHERE d.domain IS NULL
			  SET p.tenantsWithoutDomain = coalesce(p.tenantsWithoutDomain, 0) + d.delta
			}
			CALL (p, d) {
			  WITH p, d WHERE d.domain IS NOT NULL
			  MATCH (domain:Domain {id: d.domain})
			  MERGE (p)-[c:TENANTS_IN_DOMAIN]->(domain)
			  ON CREATE SET c.tenants = 0
			  SET c.tenants = c.tenants + d.delta
			  WITH c WHERE c.tenants = 0
			  DELETE c
			}
			WITH DISTINCT p WHERE p.tenantsWithoutDomain = 0
			REMOVE p.tenantsWithoutDomain
			""";

	private static final String MARKER = """
			MATCH (m:DerivedData {name: 'LOCAL_COUNT'}) RETURN m.definition AS definition
			""";

	private static final String CLEAR = """
			OPTIONAL MATCH (m:DerivedData {name: 'LOCAL_COUNT'}) DELETE m
			WITH count(*) AS ignored
			MATCH ()-[c:LOCAL_COUNT|TENANTS_IN_DOMAIN]->()
			WITH c LIMIT 50000
			DELETE c
			RETURN count(c) AS deleted
			""";

	private static final String CLEAR_PARKS = """
			MATCH (p:Park) WHERE p.tenantsWithoutDomain IS NOT NULL
			REMOVE p.tenantsWithoutDomain
			""";

	private static final String ENTERPRISES = """
			MATCH (e:Enterprise) RETURN count(e) AS n
			""";

	/**
	 * One batch of enterprises in id order after {@code $after} (the unique index on
	 * {@code id} gives the order), counted.
	 */
	private static final String BATCH_COUNTS = """
			MATCH (e:Enterprise) WHERE e.id > $after
			WITH e ORDER BY e.id LIMIT $size
			WITH collect(e) AS enterprises
			%s
			RETURN size(enterprises) AS size, enterprises[-1].id AS last, counts, parkCounts
			""".formatted(COUNTS_OF);

	private static final String WRITE = """
			UNWIND $rows AS row
			MATCH (l:ChainLink {id: row.link})
			CALL (row) {
			  MATCH (a:Region {code: row.region}) RETURN a
			  UNION
			  MATCH (a:Cluster {id: row.cluster}) RETURN a
			}
			CREATE (l)-[:LOCAL_COUNT {enterprises: row.n}]->(a)
			""";

	private static final String WRITE_PARKS = """
			UNWIND $rows AS row
			MATCH (p:Park {id: row.park})
			CALL (p, row) {
			  WITH p, row WHERE row.domain IS NULL
			  SET p.tenantsWithoutDomain = row.n
			}
			CALL (p, row) {
			  WITH p, row WHERE row.domain IS NOT NULL
			  MATCH (d:Domain {id: row.domain})
			  CREATE (p)-[:TENANTS_IN_DOMAIN {tenants: row.n}]->(d)
			}
			""";

	private static final String MARK = """
			MERGE (m:DerivedData {name: 'LOCAL_COUNT'})
			SET m.definition = $definition, m.rows = $rows
			""";

	private final Neo4jClient client;

	private final Driver driver;

	CoverageCounts(Neo4jClient client, Driver driver) {
		this.client = client;
		this.driver = driver;
	}

	/**
	 * Locks the enterprises and reads what they count for now. Call it in the writer's
	 * transaction before it changes them.
	 * @param enterpriseIds every enterprise the write may change (unknown ids, such as
	 * those about to be created, are allowed)
	 * @return what {@link #after} needs
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Snapshot before(Collection<String> enterpriseIds) {
		List<String> ids = List.copyOf(new TreeSet<>(enterpriseIds));
		if (ids.isEmpty()) {
			return new Snapshot(ids, Set.of(), Map.of(), Map.of());
		}
		Record row = this.client.query(BEFORE)
			.bind(ids)
			.to("ids")
			.fetchAs(Record.class)
			.mappedBy((types, r) -> r)
			.one()
			.orElseThrow();
		return new Snapshot(ids, Set.copyOf(row.get("parks").asList(Value::asString)), counts(row.get("counts")),
				parkCounts(row.get("parkCounts")));
	}

	/**
	 * Adds to the stored counts the difference between what the snapshot's enterprises
	 * count for now and what they counted for in {@code before}. Call it in the same
	 * transaction after the last change to them.
	 * @param before the snapshot taken by {@link #before} in this transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void after(Snapshot before) {
		if (before.enterpriseIds().isEmpty()) {
			return;
		}
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("ids", before.enterpriseIds());
		parameters.put("parks", List.copyOf(before.parks()));
		Record now = this.client.query(AFTER)
			.bindAll(parameters)
			.fetchAs(Record.class)
			.mappedBy((types, r) -> r)
			.one()
			.orElseThrow();
		applyLinks(deltas(counts(now.get("counts")), before.counts()));
		applyParks(deltas(parkCounts(now.get("parkCounts")), before.parkCounts()));
	}

	private static <K> Map<K, Long> deltas(Map<K, Long> now, Map<K, Long> before) {
		Map<K, Long> deltas = new HashMap<>(now);
		before.forEach((key, n) -> deltas.merge(key, -n, Long::sum));
		deltas.values().removeIf(n -> n == 0);
		return deltas;
	}

	private void applyLinks(Map<Pair, Long> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		// One order for every writer: the area, then the link.
		List<Map<String, Object>> rows = deltas.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(Pair.ORDER))
			.map(entry -> entry.getKey().row("delta", entry.getValue()))
			.toList();
		this.client.query(APPLY)
			.bindAll(Map.of("links", List.copyOf(new TreeSet<>(deltas.keySet().stream().map(Pair::link).toList())),
					"deltas", rows))
			.run();
	}

	private void applyParks(Map<ParkDomain, Long> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		List<Map<String, Object>> rows = deltas.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey(ParkDomain.ORDER))
			.map(entry -> entry.getKey().row("delta", entry.getValue()))
			.toList();
		List<String> parks = List.copyOf(new TreeSet<>(deltas.keySet().stream().map(ParkDomain::park).toList()));
		List<String> domains = List
			.copyOf(new TreeSet<>(deltas.keySet().stream().map(ParkDomain::domain).filter(Objects::nonNull).toList()));
		this.client.query(APPLY_PARKS).bindAll(Map.of("parks", parks, "domains", domains, "deltas", rows)).run();
	}

	/**
	 * Whether the counts were computed in full with the current definition (and not
	 * interrupted since).
	 */
	public boolean computed() {
		try (Session session = this.driver.session()) {
			var markers = session.run(MARKER).list();
			return !markers.isEmpty() && markers.get(0).get("definition").asInt(0) == DEFINITION;
		}
	}

	/**
	 * Computes every count from scratch: removes the stored ones, counts the enterprises
	 * in batches (read transactions, progress logged), then writes the counts. Meant for
	 * start-up, before the API serves (writes running meanwhile would be lost); takes no
	 * transaction timeout.
	 */
	public void recompute() {
		long start = System.nanoTime();
		TransactionConfig unlimited = TransactionConfig.builder().withTimeout(Duration.ZERO).build();
		try (Session session = this.driver.session()) {
			long cleared = 0;
			long deleted;
			do {
				deleted = session.executeWrite(tx -> tx.run(CLEAR).single().get("deleted").asLong(), unlimited);
				cleared += deleted;
			}
			while (deleted > 0);
			session.executeWriteWithoutResult(tx -> tx.run(CLEAR_PARKS).consume(), unlimited);
			long total = session.executeRead(tx -> tx.run(ENTERPRISES).single().get("n").asLong(), unlimited);
			Map<Pair, Long> counts = new HashMap<>();
			Map<ParkDomain, Long> parkCounts = new HashMap<>();
			String after = "";
			long done = 0;
			while (true) {
				String from = after;
				Record batch = session
					.executeRead(tx -> tx.run(BATCH_COUNTS, Map.of("after", from, "size", BATCH)).single(), unlimited);
				int size = batch.get("size").asInt();
				if (size == 0) {
					break;
				}
				counts(batch.get("counts")).forEach((pair, n) -> counts.merge(pair, n, Long::sum));
				parkCounts(batch.get("parkCounts")).forEach((pair, n) -> parkCounts.merge(pair, n, Long::sum));
				done += size;
				after = batch.get("last").asString();
				logger.info("Chain-coverage counts: %d of %d enterprises counted".formatted(done, total));
			}
			List<Map<String, Object>> rows = counts.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey(Pair.ORDER))
				.map(entry -> entry.getKey().row("n", entry.getValue()))
				.toList();
			List<Map<String, Object>> parkRows = parkCounts.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByKey(ParkDomain.ORDER))
				.map(entry -> entry.getKey().row("n", entry.getValue()))
				.toList();
			session.executeWriteWithoutResult(tx -> {
				for (int i = 0; i < rows.size(); i += 10_000) {
					tx.run(WRITE, Map.of("rows", rows.subList(i, Math.min(rows.size(), i + 10_000)))).consume();
				}
				for (int i = 0; i < parkRows.size(); i += 10_000) {
					tx.run(WRITE_PARKS, Map.of("rows", parkRows.subList(i, Math.min(parkRows.size(), i + 10_000))))
						.consume();
				}
				tx.run(MARK, Map.of("definition", DEFINITION, "rows", rows.size())).consume();
			}, unlimited);
			logger.info(
					"Chain-coverage counts: %d (link, area) and %d (park, domain) counts of %d enterprises computed in %d ms (%d removed)"
						.formatted(rows.size(), parkRows.size(), done, (System.nanoTime() - start) / 1_000_000,
								cleared));
		}
	}

	private static Map<Pair, Long> counts(Value counts) {
		Map<Pair, Long> result = new HashMap<>();
		for (Value count : counts.values()) {
			result.put(new Pair(count.get("link").asString(), count.get("region").asString(null),
					count.get("cluster").asString(null)), count.get("n").asLong());
		}
		return result;
	}

	private static Map<ParkDomain, Long> parkCounts(Value counts) {
		Map<ParkDomain, Long> result = new HashMap<>();
		for (Value count : counts.values()) {
			result.put(new ParkDomain(count.get("park").asString(), count.get("domain").asString(null)),
					count.get("n").asLong());
		}
		return result;
	}

	/**
	 * What a set of enterprises counted for when {@link #before} read it: for the
	 * transaction that took it, and only for that.
	 *
	 * @param enterpriseIds the enterprises, sorted
	 * @param parks the parks they were current tenants of
	 * @param counts how many of them counted per (link, area)
	 * @param parkCounts how many of them counted per (park, domain)
	 */
	public record Snapshot(List<String> enterpriseIds, Set<String> parks, Map<Pair, Long> counts,
			Map<ParkDomain, Long> parkCounts) {

	}

	/**
	 * A park and a domain.
	 *
	 * @param park the park's id
	 * @param domain the domain's id, or null for tenants with no domain
	 */
	public record ParkDomain(String park, @Nullable String domain) {

		static final Comparator<ParkDomain> ORDER = Comparator.comparing(ParkDomain::park)
			.thenComparing(pd -> (pd.domain() != null) ? pd.domain() : "");

		Map<String, Object> row(String name, long value) {
			Map<String, Object> row = new HashMap<>();
			row.put("park", this.park);
			row.put("domain", this.domain);
			row.put(name, value);
			return row;
		}

	}

	/**
	 * A chain link and an area node: a region or a cluster.
	 *
	 * @param link the link's id
	 * @param region the region's code, or null
	 * @param cluster the cluster's id, or null
	 */
	public record Pair(String link, @Nullable String region, @Nullable String cluster) {

		static final Comparator<Pair> ORDER = Comparator
			.comparing((Pair p) -> (p.region() != null) ? "r:" + p.region() : "c:" + p.cluster())
			.thenComparing(Pair::link);

		Map<String, Object> row(String name, long value) {
			Map<String, Object> row = new HashMap<>();
			row.put("link", this.link);
			row.put("region", this.region);
			row.put("cluster", this.cluster);
			row.put(name, value);
			return row;
		}

	}

}
