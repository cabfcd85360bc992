package io.industryatlas.park;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Problems;
import io.industryatlas.api.Rows;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.audit.Change;
import io.industryatlas.chain.CoverageCounts;
import io.industryatlas.park.TenancyInputs.MoveTenantInInput;
import io.industryatlas.park.TenancyInputs.MoveTenantOutInput;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;
import io.industryatlas.source.SourceChecks;
import io.industryatlas.write.Writes;

/**
 * Moves tenants in and out of parks. History is kept: a move-out closes the open tenancy,
 * a move-in adds one, and no two tenancies of one enterprise in one park overlap (the
 * enterprise is locked while that is checked, so concurrent moves cannot both pass). A
 * current tenancy makes the enterprise local to the park's region: each move keeps the
 * chain-coverage counts ({@link CoverageCounts}).
 */
@Service
public class TenancyWrites {

	/**
	 * Locks the park, then the enterprise (the order every writer of tenancies and park
	 * regions takes): creating a tenancy of a park with many relationships takes only a
	 * shared lock on it, and two moves into one park that both later needed it
	 * exclusively (for its tenant counts, see CoverageCounts) would deadlock.
	 */
	private static final String LOCK = """
			MATCH (p:Park {id: $park})
			SET p.tenancyLock = true
			REMOVE p.tenancyLock
			WITH p
			OPTIONAL MATCH (e:Enterprise {id: $enterprise})
			// Writing a property locks the enterprise until the transaction ends.
			SET e.tenancyLock = true
			REMOVE e.tenancyLock
			RETURN %s AS park, e.name AS enterprise,
			       [(e)-[t:TENANT_OF]->(p) | t {.since, .until}] AS tenancies
			""".formatted(Park.PROJECTION);

	private static final String MOVE_IN = """
			MATCH (p:Park {id: $park}), (e:Enterprise {id: $enterprise})
			CREATE (e)-[t:TENANT_OF {since: $since}]->(p)
			SET t.until = $until, t.doc = $doc, t.clause = $clause, t.quote = $quote
			""";

	private static final String MOVE_OUT = """
			MATCH (e:Enterprise {id: $enterprise})-[t:TENANT_OF WHERE t.until IS NULL]->(p:Park {id: $park})
			SET t.until = $until
			""";

	private static final String READ = """
			MATCH (e:Enterprise {id: $enterprise})-[t:TENANT_OF]->(p:Park {id: $park})
			WHERE t.since = $since OR ($since IS NULL AND t.since IS NULL)
			WITH e, t, p ORDER BY t.until IS NULL DESC, t.until DESC LIMIT 1
			OPTIONAL MATCH (d:Document {id: t.doc})
			RETURN {enterprise: e, park: p, since: t.since, until: t.until, sample: coalesce(t.sample, false),
			        source: {document: d, clause: t.clause, quote: t.quote}} AS tenancy
			""";

	private final Writes writes;

	private final SourceChecks sources;

	private final CoverageCounts coverage;

	TenancyWrites(Writes writes, SourceChecks sources, CoverageCounts coverage) {
		this.writes = writes;
		this.sources = sources;
		this.coverage = coverage;
	}

	@Transactional
	Tenancy moveIn(MoveTenantInInput input) {
		Actor actor = this.writes.access().require(Role.PARK_MANAGER, Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		Locked locked = lock(actor, input.parkId(), input.enterpriseId(), problems);
		Stay.endProblem(input.since(), input.until()).ifPresent(problem -> problems.add("until", problem));
		if (locked.enterprise() != null) {
			for (Stay stay : locked.stays()) {
				if (stay.overlaps(input.since(), input.until())) {
					problems.add("since", stay.overlapProblem(locked.enterprise()));
				}
			}
		}
		this.sources.check(problems, "source", input.source());
		problems.throwIfAny();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("park", input.parkId());
		parameters.put("enterprise", input.enterpriseId());
		parameters.put("since", input.since());
		parameters.put("until", input.until());
		parameters.put("doc", (input.source() != null) ? input.source().documentId() : null);
		parameters.put("clause", (input.source() != null) ? input.source().clause() : null);
		parameters.put("quote", (input.source() != null) ? input.source().quote() : null);
		CoverageCounts.Snapshot coverage = this.coverage.before(List.of(input.enterpriseId()));
		this.writes.client().query(MOVE_IN).bindAll(parameters).run();
		this.coverage.after(coverage);
		this.writes.audit()
			.record(actor, "moveTenantIn",
					new AuditLog.Entry("Tenancy", input.enterpriseId(),
							"%s moved into %s on %s".formatted(locked.enterprise(), locked.park().name(),
									input.since()),
							java.util.Arrays.asList(Change.of("park", null, input.parkId()),
									Change.of("since", null, input.since()), Change.of("until", null, input.until()))));
		return read(input.parkId(), input.enterpriseId(), input.since());
	}

	@Transactional
	Tenancy moveOut(MoveTenantOutInput input) {
		Actor actor = this.writes.access().require(Role.PARK_MANAGER, Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		Locked locked = lock(actor, input.parkId(), input.enterpriseId(), problems);
		Stay open = locked.stays().stream().filter(stay -> stay.until() == null).findFirst().orElse(null);
		if (locked.enterprise() != null) {
			if (open == null) {
				problems.add("enterpriseId",
						"%s is no current tenant of %s".formatted(locked.enterprise(), locked.park().name()));
			}
			else {
				Stay.endProblem(open.since(), input.until()).ifPresent(problem -> problems.add("until", problem));
			}
		}
		problems.throwIfAny();
		CoverageCounts.Snapshot coverage = this.coverage.before(List.of(input.enterpriseId()));
		this.writes.client()
			.query(MOVE_OUT)
			.bindAll(Map.of("park", input.parkId(), "enterprise", input.enterpriseId(), "until", input.until()))
			.run();
		this.coverage.after(coverage);
		this.writes.audit()
			.record(actor, "moveTenantOut",
					new AuditLog.Entry(
							"Tenancy", input.enterpriseId(), "%s moved out of %s on %s".formatted(locked.enterprise(),
									locked.park().name(), input.until()),
							java.util.Arrays.asList(Change.of("until", null, input.until()))));
		return read(input.parkId(), input.enterpriseId(), open.since());
	}

	/**
	 * Locks the enterprise, checks the caller's rights on the park, and reads the
	 * enterprise's tenancies in it. An unknown park is NOT_FOUND; an unknown enterprise a
	 * problem of the input.
	 */
	private Locked lock(Actor actor, String parkId, String enterpriseId, Problems problems) {
		Locked locked = this.writes.client()
			.query(LOCK)
			.bindAll(Map.of("park", parkId, "enterprise", enterpriseId))
			.fetchAs(Locked.class)
			.mappedBy((types, row) -> new Locked(Park.from(row.get("park")), row.get("enterprise").asString(null),
					row.get("tenancies").asList(t -> new Stay(Rows.date(t, "since"), Rows.date(t, "until")))))
			.one()
			.orElseThrow(() -> new NotFoundException("park", parkId));
		this.writes.access().requirePark(actor, parkId, locked.park().regionCode());
		problems.check(locked.enterprise() != null, "enterpriseId", "no enterprise '%s'".formatted(enterpriseId));
		return locked;
	}

	private Tenancy read(String parkId, String enterpriseId, @Nullable LocalDate since) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("park", parkId);
		parameters.put("enterprise", enterpriseId);
		parameters.put("since", since);
		return this.writes.client()
			.query(READ)
			.bindAll(parameters)
			.fetchAs(Tenancy.class)
			.mappedBy((types, row) -> Tenancy.from(row.get("tenancy")))
			.one()
			.orElseThrow();
	}

	private record Locked(Park park, @Nullable String enterprise, List<Stay> stays) {

	}

}
