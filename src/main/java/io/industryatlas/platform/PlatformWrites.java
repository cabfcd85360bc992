package io.industryatlas.platform;

import java.util.Arrays;
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
import io.industryatlas.platform.PlatformInputs.CreatePlatformInput;
import io.industryatlas.platform.PlatformInputs.UpdatePlatformInput;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;
import io.industryatlas.write.Writes;

/** Creates and changes platforms: rights, every problem, version, change and audit. */
@Service
class PlatformWrites {

	private static final String STATE = """
			pl {.*, regionCode: coalesce(COLLECT { MATCH (pl)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0],
			         COLLECT { MATCH (pl)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0]),
			     parkId: COLLECT { MATCH (pl)-[:IN_PARK]->(p:Park) RETURN p.id }[0]}
			""";

	private static final String LOCK = """
			MATCH (pl:Platform {id: $id})
			SET pl.version = coalesce(pl.version, 0) + 1
			RETURN %s AS pl
			""".formatted(STATE);

	private static final String PARK_REGION = """
			MATCH (p:Park {id: $park}) RETURN COLLECT { MATCH (p)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0] AS region
			""";

	private static final String WRITE = """
			MERGE (pl:Platform {id: $id})
			ON CREATE SET pl.version = 1
			SET pl.name = $name, pl.nameEn = $nameEn, pl.kind = $kind, pl.level = $level, pl.status = $status
			WITH pl
			%s
			CALL (pl) {
			  MATCH (pl)-[old:IN_PARK]->(p:Park) WHERE $park IS NULL OR p.id <> $park
			  DELETE old
			}
			CALL (pl) {
			  MATCH (p:Park {id: $park})
			  MERGE (pl)-[:IN_PARK]->(p)
			}
			RETURN %s AS pl
			""".formatted(Writes.RELOCATE.formatted("pl"), STATE);

	private final Writes writes;

	PlatformWrites(Writes writes) {
		this.writes = writes;
	}

	@Transactional
	Platform create(CreatePlatformInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		this.writes.access().requireRegion(actor, input.regionCode(), "platforms");
		Problems problems = this.writes.problems(input);
		check(problems, input.regionCode(), input.parkId());
		problems.throwIfAny();
		String id = Writes.newId("platform");
		State after = write(new State(id, input.name().strip(), Writes.blankToNull(input.nameEn()), input.kind(),
				input.level(), input.status(), input.regionCode(), input.parkId(), 1));
		this.writes.audit()
			.record(actor, "createPlatform", new AuditLog.Entry("Platform", id,
					"created %s in %s".formatted(after.name(), after.regionCode()), changes(State.NONE, after)));
		return read(after);
	}

	@Transactional
	Platform update(UpdatePlatformInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		State before = this.writes.client()
			.query(LOCK)
			.bind(input.id())
			.to("id")
			.fetchAs(State.class)
			.mappedBy((types, row) -> State.from(row.get("pl")))
			.one()
			.orElseThrow(() -> new NotFoundException("platform", input.id()));
		this.writes.access().requireRegion(actor, before.regionCode(), "platform " + input.id());
		if (input.regionCode() != null) {
			this.writes.access().requireRegion(actor, input.regionCode(), "platforms");
		}
		Writes.checkVersion("Platform", input.id(), input.version(), before.version() - 1);
		if (input.name() != null) {
			problems.check(!input.name().isBlank(), "name", "must not be blank");
		}
		String region = (input.regionCode() != null) ? input.regionCode() : before.regionCode();
		String park = (input.parkId() != null) ? Writes.blankToNull(input.parkId()) : before.parkId();
		check(problems, region, park);
		problems.throwIfAny();
		State after = write(new State(input.id(), (input.name() != null) ? input.name().strip() : before.name(),
				(input.nameEn() != null) ? Writes.blankToNull(input.nameEn()) : before.nameEn(),
				(input.kind() != null) ? input.kind() : before.kind(),
				(input.level() != null) ? input.level() : before.level(),
				(input.status() != null) ? input.status() : before.status(), region, park, before.version()));
		this.writes.audit()
			.record(actor, "updatePlatform", new AuditLog.Entry("Platform", input.id(),
					"updated %s".formatted(after.name()), changes(before, after)));
		return read(after);
	}

	private void check(Problems problems, @Nullable String regionCode, @Nullable String parkId) {
		this.writes.checkRegion(problems, regionCode);
		if (parkId != null) {
			String parkRegion = this.writes.client()
				.query(PARK_REGION)
				.bindAll(Map.of("park", parkId))
				.fetchAs(String.class)
				.mappedBy((types, row) -> row.get("region").asString(""))
				.one()
				.orElse(null);
			if (parkRegion == null) {
				problems.add("parkId", "no park '%s'".formatted(parkId));
			}
		}
	}

	private State write(State state) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", state.id());
		parameters.put("name", state.name());
		parameters.put("nameEn", state.nameEn());
		parameters.put("kind", state.kind());
		parameters.put("level", state.level());
		parameters.put("status", state.status());
		parameters.put("regionCode", state.regionCode());
		parameters.put("park", state.parkId());
		return this.writes.client()
			.query(WRITE)
			.bindAll(parameters)
			.fetchAs(State.class)
			.mappedBy((types, row) -> State.from(row.get("pl")))
			.one()
			.orElseThrow();
	}

	private static Platform read(State state) {
		return new Platform(state.id(), state.name(), state.nameEn(), state.kind(), state.level(), state.status(),
				false, state.version());
	}

	private static List<@Nullable Change> changes(State before, State after) {
		return Arrays.asList(Change.of("name", before.name(), after.name()),
				Change.of("nameEn", before.nameEn(), after.nameEn()), Change.of("kind", before.kind(), after.kind()),
				Change.of("level", before.level(), after.level()), Change.of("status", before.status(), after.status()),
				Change.of("regionCode", before.regionCode(), after.regionCode()),
				Change.of("parkId", before.parkId(), after.parkId()));
	}

	/** A platform's writable fields. */
	private record State(String id, @Nullable String name, @Nullable String nameEn, @Nullable String kind,
			@Nullable String level, @Nullable String status, @Nullable String regionCode, @Nullable String parkId,
			long version) {

		static final State NONE = new State("", null, null, null, null, null, null, null, 0);

		static State from(org.neo4j.driver.Value pl) {
			return new State(Rows.requiredString(pl, "id"), Rows.requiredString(pl, "name"), Rows.string(pl, "nameEn"),
					Rows.string(pl, "kind"), Rows.string(pl, "level"), Rows.string(pl, "status"),
					Rows.string(pl, "regionCode"), Rows.string(pl, "parkId"), Rows.number(pl, "version", 0));
		}

	}

}
