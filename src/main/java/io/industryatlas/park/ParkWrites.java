package io.industryatlas.park;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.industryatlas.api.ConflictException;
import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Problems;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.audit.Change;
import io.industryatlas.chain.CoverageCounts;
import io.industryatlas.park.ParkInputs.CreateParkInput;
import io.industryatlas.park.ParkInputs.UpdateParkInput;
import io.industryatlas.region.Regions;
import io.industryatlas.security.Access;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;

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
			CALL (p) {
			  MATCH (p)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> $regionCode
			  DELETE old
			}
			CALL (p) {
			  MATCH (r:Region {code: $regionCode})
			  MERGE (p)-[:LOCATED_IN]->(r)
			}
			RETURN %s AS p
			""".formatted(Park.PROJECTION);

	/** The park's current tenants (the park is locked already). */
	private static final String TENANTS = """
			MATCH (e:Enterprise)-[t:TENANT_OF]->(:Park {id: $id}) WHERE t.until IS NULL
			RETURN collect(DISTINCT e.id) AS ids
			""";

	private final Neo4jClient client;

	private final Validator validator;

	private final Access access;

	private final Regions regions;

	private final AuditLog audit;

	private final CoverageCounts coverage;

	ParkWrites(Neo4jClient client, Validator validator, Access access, Regions regions, AuditLog audit,
			CoverageCounts coverage) {
		this.client = client;
		this.validator = validator;
		this.access = access;
		this.regions = regions;
		this.audit = audit;
		this.coverage = coverage;
	}

	@Transactional
	Park create(CreateParkInput input) {
		Actor actor = this.access.require(Role.BUREAU_EDITOR, Role.ADMIN);
		this.access.requireRegion(actor, input.regionCode(), "parks");
		Problems problems = Problems.of(this.validator, input);
		checkRegion(problems, input.regionCode());
		problems.throwIfAny();
		String id = "park-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		Park park = write(id, input.name().strip(), blankToNull(input.nameEn()), input.kind(), input.status(),
				input.regionCode());
		this.audit.record(actor, "createPark", new AuditLog.Entry("Park", id,
				"created %s in %s".formatted(park.name(), park.regionCode()), changes(null, park)));
		return park;
	}

	@Transactional
	Park update(UpdateParkInput input) {
		Actor actor = this.access.require(Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = Problems.of(this.validator, input);
		Park before = this.client.query(LOCK)
			.bind(input.id())
			.to("id")
			.fetchAs(Park.class)
			.mappedBy((types, row) -> Park.from(row.get("p")))
			.one()
			.orElseThrow(() -> new NotFoundException("park", input.id()));
		this.access.requireRegion(actor, before.regionCode(), "park " + input.id());
		if (input.regionCode() != null) {
			this.access.requireRegion(actor, input.regionCode(), "parks");
		}
		long version = before.version() - 1;
		if (version != input.version()) {
			throw new ConflictException("Park", input.id(), input.version(), version);
		}
		if (input.name() != null) {
			problems.check(!input.name().isBlank(), "name", "must not be blank");
		}
		String region = (input.regionCode() != null) ? input.regionCode() : before.regionCode();
		if (input.regionCode() != null) {
			checkRegion(problems, input.regionCode());
		}
		problems.throwIfAny();
		CoverageCounts.Snapshot coverage = (region != null && !region.equals(before.regionCode()))
				? this.coverage.before(this.client.query(TENANTS)
					.bind(input.id())
					.to("id")
					.fetchAs(List.class)
					.mappedBy((types, row) -> row.get("ids").asList(v -> v.asString()))
					.one()
					.orElse(List.of()))
				: null;
		Park after = write(input.id(), (input.name() != null) ? input.name().strip() : before.name(),
				(input.nameEn() != null) ? blankToNull(input.nameEn()) : before.nameEn(),
				(input.kind() != null) ? input.kind() : before.kind(),
				(input.status() != null) ? input.status() : before.status(), region);
		if (coverage != null) {
			this.coverage.after(coverage);
		}
		this.audit.record(actor, "updatePark",
				new AuditLog.Entry("Park", input.id(), "updated %s".formatted(after.name()), changes(before, after)));
		return after;
	}

	private void checkRegion(Problems problems, String regionCode) {
		problems.check(this.regions.tree().region(regionCode).isPresent(), "regionCode",
				"'%s' is no GB/T 2260 region code the atlas knows".formatted(regionCode));
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
		return this.client.query(WRITE)
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

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
