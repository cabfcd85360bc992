package io.industryatlas.park;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Problems;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.audit.Change;
import io.industryatlas.chain.CoverageCounts;
import io.industryatlas.park.ParkInputs.CreateParkInput;
import io.industryatlas.park.ParkInputs.UpdateParkInput;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;
import io.industryatlas.write.Writes;

/**
 * Creates and changes parks: rights, every problem, version, change and audit record. A
 * park's region is where its current tenants are local: moving the park keeps their
 * chain-coverage counts ({@link CoverageCounts}).
 */
@Service
class ParkWrites {

	private static final String LOCK = """
			MATCH (p:Park {id: $id})
			SET p.version = coalesce(p.version, 0) + 1
			RETURN %s AS p
			""".formatted(Park.PROJECTION);

	private static final String WRITE = """
			MERGE (p:Park {id: $id})
			ON CREATE SET p.version = 1
			SET p.name = $name, p.nameEn = $nameEn, p.kind = $kind, p.status = $status
			WITH p
			%s
			RETURN %s AS p
			""".formatted(Writes.RELOCATE.formatted("p"), Park.PROJECTION);

	/** The park's current tenants (the park is locked already). */
	private static final String TENANTS = """
			MATCH (e:Enterprise)-[t:TENANT_OF]->(:Park {id: $id}) WHERE t.until IS NULL
			RETURN collect(DISTINCT e.id) AS ids
			""";

	private final Writes writes;

	private final CoverageCounts coverage;

	ParkWrites(Writes writes, CoverageCounts coverage) {
		this.writes = writes;
		this.coverage = coverage;
	}

	@Transactional
	Park create(CreateParkInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		this.writes.access().requireRegion(actor, input.regionCode(), "parks");
		Problems problems = this.writes.problems(input);
		this.writes.checkRegion(problems, input.regionCode());
		problems.throwIfAny();
		String id = Writes.newId("park");
		Park park = write(id, input.name().strip(), Writes.blankToNull(input.nameEn()), input.kind(), input.status(),
				input.regionCode());
		this.writes.audit()
			.record(actor, "createPark", new AuditLog.Entry("Park", id,
					"created %s in %s".formatted(park.name(), park.regionCode()), changes(null, park)));
		return park;
	}

	@Transactional
	Park update(UpdateParkInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		Park before = this.writes.client()
			.query(LOCK)
			.bind(input.id())
			.to("id")
			.fetchAs(Park.class)
			.mappedBy((types, row) -> Park.from(row.get("p")))
			.one()
			.orElseThrow(() -> new NotFoundException("park", input.id()));
		this.writes.access().requireRegion(actor, before.regionCode(), "park " + input.id());
		if (input.regionCode() != null) {
			this.writes.access().requireRegion(actor, input.regionCode(), "parks");
		}
		long version = before.version() - 1;
		Writes.checkVersion("Park", input.id(), input.version(), version);
		if (input.name() != null) {
			problems.check(!input.name().isBlank(), "name", "must not be blank");
		}
		String region = (input.regionCode() != null) ? input.regionCode() : before.regionCode();
		if (input.regionCode() != null) {
			this.writes.checkRegion(problems, input.regionCode());
		}
		problems.throwIfAny();
		CoverageCounts.Snapshot coverage = (region != null && !region.equals(before.regionCode()))
				? this.coverage.before(this.writes.client()
					.query(TENANTS)
					.bind(input.id())
					.to("id")
					.fetchAs(List.class)
					.mappedBy((types, row) -> row.get("ids").asList(v -> v.asString()))
					.one()
					.orElse(List.of()))
				: null;
		Park after = write(input.id(), (input.name() != null) ? input.name().strip() : before.name(),
				(input.nameEn() != null) ? Writes.blankToNull(input.nameEn()) : before.nameEn(),
				(input.kind() != null) ? input.kind() : before.kind(),
				(input.status() != null) ? input.status() : before.status(), region);
		if (coverage != null) {
			this.coverage.after(coverage);
		}
		this.writes.audit()
			.record(actor, "updatePark", new AuditLog.Entry("Park", input.id(), "updated %s".formatted(after.name()),
					changes(before, after)));
		return after;
	}

	private Park write(String id, String name, @Nullable String nameEn, @Nullable String kind, @Nullable String status,
			@Nullable String regionCode) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("name", name);
		parameters.put("nameEn", nameEn);
		parameters.put("kind", kind);
		parameters.put("status", status);
		parameters.put("regionCode", regionCode);
		return this.writes.client()
			.query(WRITE)
			.bindAll(parameters)
			.fetchAs(Park.class)
			.mappedBy((types, row) -> Park.from(row.get("p")))
			.one()
			.orElseThrow();
	}

	private static List<@Nullable Change> changes(@Nullable Park before, Park after) {
		return java.util.Arrays.asList(Change.of("name", (before != null) ? before.name() : null, after.name()),
				Change.of("nameEn", (before != null) ? before.nameEn() : null, after.nameEn()),
				Change.of("kind", (before != null) ? before.kind() : null, after.kind()),
				Change.of("status", (before != null) ? before.status() : null, after.status()),
				Change.of("regionCode", (before != null) ? before.regionCode() : null, after.regionCode()));
	}

}
