package io.industryatlas.enterprise;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.industryatlas.api.NotFoundException;
import io.industryatlas.api.Problem;
import io.industryatlas.api.Problems;
import io.industryatlas.api.Rows;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.audit.Change;
import io.industryatlas.chain.CoverageCounts;
import io.industryatlas.enterprise.EnterpriseInputs.RegisterEnterpriseInput;
import io.industryatlas.enterprise.EnterpriseInputs.SetEnterpriseChainLinksInput;
import io.industryatlas.enterprise.EnterpriseInputs.UpdateEnterpriseInput;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;
import io.industryatlas.write.Writes;

/**
 * Registers and changes enterprises. Each write runs in one transaction: the caller's
 * rights first, then every problem of the input (nothing is written when there is one),
 * the version check, the change (with the chain-coverage counts it affects, see
 * {@link CoverageCounts}) and its audit record.
 */
@Service
public class EnterpriseWrites {

	/**
	 * Locks the enterprise (its version is raised at once, so a concurrent writer waits)
	 * and reads what the checks and the audit record need.
	 */
	private static final String LOCK = """
			MATCH (e:Enterprise {id: $id})
			SET e.version = coalesce(e.version, 0) + 1
			RETURN e {.*, regionCode: COLLECT { MATCH (e)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0],
			          links: COLLECT { MATCH (e)-[:COVERS]->(l:ChainLink) RETURN l.id ORDER BY l.id }} AS e
			""";

	private static final String USCC_HOLDER = """
			MATCH (e:Enterprise {uscc: $uscc}) WHERE e.id <> $id RETURN e.id AS id, e.name AS name
			""";

	private static final String CREATE = """
			CREATE (e:Enterprise {id: $id, version: 1})
			WITH e
			MATCH (r:Region {code: $regionCode})
			CREATE (e)-[:LOCATED_IN]->(r)
			""";

	private static final String UPDATE = """
			MATCH (e:Enterprise {id: $id})
			SET e.name = $name, e.nameEn = $nameEn, e.aliases = $aliases, e.uscc = $uscc,
			    e.usccDivision = $division, e.usccException = $exception, e.usccExceptionBy = $exceptionBy,
			    e.usccExceptionAt = $exceptionAt
			WITH e
			CALL (e) {
			  MATCH (e)-[old:LOCATED_IN]->(r:Region) WHERE $regionCode IS NOT NULL AND r.code <> $regionCode
			  DELETE old
			}
			CALL (e) {
			  MATCH (r:Region {code: $regionCode})
			  MERGE (e)-[:LOCATED_IN]->(r)
			}
			""";

	private static final String LINKS_FOUND = """
			MATCH (l:ChainLink) WHERE l.id IN $ids RETURN collect(l.id) AS found
			""";

	private static final String SET_LINKS = """
			MATCH (e:Enterprise {id: $id})
			CALL (e) {
			  MATCH (e)-[c:COVERS]->(l:ChainLink) WHERE NOT l.id IN $ids
			  DELETE c
			}
			CALL (e) {
			  UNWIND $ids AS linkId
			  MATCH (l:ChainLink {id: linkId})
			  MERGE (e)-[:COVERS]->(l)
			}
			""";

	private static final String READ = """
			MATCH (e:Enterprise {id: $id}) RETURN e
			""";

	private final Writes writes;

	private final CoverageCounts coverage;

	EnterpriseWrites(Writes writes, CoverageCounts coverage) {
		this.writes = writes;
		this.coverage = coverage;
	}

	@Transactional
	Enterprise register(RegisterEnterpriseInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		this.writes.access().requireRegion(actor, input.regionCode(), "enterprises");
		Problems problems = this.writes.problems(input);
		String id = newId();
		checkAliases(problems, input.aliases());
		Fields fields = new Fields(input.name().strip(), (input.nameEn() != null) ? emptyToNull(input.nameEn()) : null,
				normalizeAliases(input.aliases()), normalize(input.uscc()), input.usccException(), input.regionCode(),
				null, null);
		check(actor, problems, id, fields, null);
		problems.throwIfAny();
		CoverageCounts.Snapshot coverage = this.coverage.before(List.of(id));
		this.writes.client().query(CREATE).bindAll(Map.of("id", id, "regionCode", fields.regionCode())).run();
		write(actor, id, fields, null);
		this.coverage.after(coverage);
		this.writes.audit()
			.record(actor, "registerEnterprise",
					new AuditLog.Entry("Enterprise", id,
							"registered %s (%s) in %s".formatted(fields.name(), fields.uscc(), fields.regionCode()),
							fields.changesFrom(Fields.NONE)));
		return read(id);
	}

	@Transactional
	Enterprise update(UpdateEnterpriseInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		Locked locked = lock(input.id());
		this.writes.access().requireRegion(actor, locked.fields().regionCode(), "enterprise " + input.id());
		if (input.regionCode() != null) {
			this.writes.access().requireRegion(actor, input.regionCode(), "enterprises");
		}
		Writes.checkVersion("Enterprise", input.id(), input.version(), locked.version());
		Fields before = locked.fields();
		String uscc = (input.uscc() != null) ? normalize(input.uscc()) : before.uscc();
		boolean usccChanged = input.uscc() != null && !uscc.equals(before.uscc());
		Fields after = new Fields((input.name() != null) ? input.name().strip() : before.name(),
				(input.nameEn() != null) ? emptyToNull(input.nameEn()) : before.nameEn(),
				(input.aliases() != null) ? normalizeAliases(input.aliases()) : before.aliases(), uscc,
				(input.usccException() != null) ? input.usccException() : usccChanged ? null : before.usccException(),
				(input.regionCode() != null) ? input.regionCode() : before.regionCode(),
				usccChanged || input.usccException() != null ? null : before.exceptionBy(),
				usccChanged || input.usccException() != null ? null : before.exceptionAt());
		problems.check(after.name() != null && !after.name().isBlank(), "name", "must not be blank");
		checkAliases(problems, input.aliases());
		// A kept exception covers only the code it was recorded for.
		check(actor, problems, input.id(), after, (usccChanged || input.usccException() != null) ? null : before);
		problems.throwIfAny();
		// Only the region counts: a name or code change leaves the chain-coverage counts.
		boolean moved = input.regionCode() != null && !input.regionCode().equals(before.regionCode());
		CoverageCounts.Snapshot coverage = moved ? this.coverage.before(List.of(input.id())) : null;
		write(actor, input.id(), after, before);
		if (coverage != null) {
			this.coverage.after(coverage);
		}
		this.writes.audit()
			.record(actor, "updateEnterprise", new AuditLog.Entry("Enterprise", input.id(),
					"updated %s".formatted(after.name()), after.changesFrom(before)));
		return read(input.id());
	}

	@Transactional
	Enterprise setChainLinks(SetEnterpriseChainLinksInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		Locked locked = lock(input.enterpriseId());
		this.writes.access().requireRegion(actor, locked.fields().regionCode(), "enterprise " + input.enterpriseId());
		Writes.checkVersion("Enterprise", input.enterpriseId(), input.version(), locked.version());
		Set<String> found = Set.copyOf(this.writes.client()
			.query(LINKS_FOUND)
			.bind(input.linkIds())
			.to("ids")
			.fetchAs(List.class)
			.mappedBy((types, row) -> row.get("found").asList(v -> v.asString()))
			.one()
			.orElse(List.of()));
		Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < input.linkIds().size(); i++) {
			String linkId = input.linkIds().get(i);
			problems.check(found.contains(linkId), "linkIds[%d]".formatted(i), "no chain link '%s'".formatted(linkId));
			problems.check(seen.add(linkId), "linkIds[%d]".formatted(i), "'%s' is listed twice".formatted(linkId));
		}
		problems.throwIfAny();
		CoverageCounts.Snapshot coverage = this.coverage.before(List.of(input.enterpriseId()));
		this.writes.client().query(SET_LINKS).bindAll(Map.of("id", input.enterpriseId(), "ids", input.linkIds())).run();
		this.coverage.after(coverage);
		this.writes.audit()
			.record(actor, "setEnterpriseChainLinks", new AuditLog.Entry("Enterprise", input.enterpriseId(),
					"covers %d chain link(s)".formatted(input.linkIds().size()), java.util.Collections
						.singletonList(Change.of("chainLinks", locked.links(), new TreeSet<>(input.linkIds())))));
		return read(input.enterpriseId());
	}

	/**
	 * The problems registering an enterprise with these fields would report before it
	 * looks for other holders of the code: the input's constraints, the aliases, the
	 * region, and the code (GB 32100-2015) unless an exception recorded for it covers it.
	 * The import checks each row with this, so that a row and a registration pass or fail
	 * alike.
	 * @param codeExcepted whether an administrator recorded an exception for this code
	 * (it is kept by the enterprise that has it)
	 */
	public List<Problem> problems(String name, @Nullable String nameEn, List<String> aliases, String uscc,
			String regionCode, boolean codeExcepted) {
		Problems problems = this.writes
			.problems(new RegisterEnterpriseInput(name, nameEn, aliases, uscc, null, regionCode));
		checkAliases(problems, aliases);
		this.writes.checkRegion(problems, regionCode);
		if (!codeExcepted && !uscc.isBlank()) {
			checkCode(problems, normalize(uscc));
		}
		return problems.list();
	}

	/** A new enterprise id, as registrations and imports make them. */
	public static String newId() {
		return Writes.newId("e");
	}

	/** Aliases as they are kept: without surrounding blanks, empty ones and repeats. */
	public static List<String> normalizeAliases(@Nullable Collection<String> aliases) {
		return (aliases != null) ? aliases.stream().map(String::strip).filter(a -> !a.isEmpty()).distinct().toList()
				: List.of();
	}

	/** The {@code aliases} property: the aliases joined with '|', or null for none. */
	public static @Nullable String storedAliases(List<String> aliases) {
		return aliases.isEmpty() ? null : String.join("|", aliases);
	}

	/** The problems of a code, a region and an exception, given the caller. */
	private void check(Actor actor, Problems problems, String id, Fields fields, @Nullable Fields unchanged) {
		if (fields.regionCode() != null) {
			this.writes.checkRegion(problems, fields.regionCode());
		}
		if (fields.uscc() == null || fields.uscc().isEmpty()) {
			return;
		}
		Optional<String> codeProblem = Uscc.problem(fields.uscc());
		boolean keptException = unchanged != null && unchanged.usccException() != null;
		if (fields.usccException() != null && !keptException) {
			if (!actor.isAdmin()) {
				throw new AccessDeniedException(
						"Only an administrator may record a credit code that fails the check as an exception.");
			}
			problems.check(codeProblem.isPresent(), "usccException",
					"the code passes the GB 32100-2015 check: no exception is needed");
		}
		else if (!keptException) {
			checkCode(problems, fields.uscc());
		}
		this.writes.client()
			.query(USCC_HOLDER)
			.bindAll(Map.of("uscc", fields.uscc(), "id", id))
			.fetch()
			.first()
			.ifPresent(holder -> problems.add("uscc", "'%s' is already the code of %s (%s)".formatted(fields.uscc(),
					holder.get("name"), holder.get("id"))));
	}

	private static void checkCode(Problems problems, String uscc) {
		Uscc.problem(uscc)
			.ifPresent(problem -> problems.add("uscc",
					"'%s' is not a valid unified social credit code (GB 32100-2015): %s".formatted(uscc, problem)));
	}

	private void write(Actor actor, String id, Fields fields, @Nullable Fields before) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("id", id);
		parameters.put("name", fields.name());
		parameters.put("nameEn", fields.nameEn());
		parameters.put("aliases", storedAliases(fields.aliases()));
		parameters.put("uscc", fields.uscc());
		parameters.put("division", (fields.uscc() != null) ? Uscc.division(fields.uscc()).orElse(null) : null);
		parameters.put("exception", fields.usccException());
		boolean newException = fields.usccException() != null && fields.exceptionBy() == null;
		parameters.put("exceptionBy", newException ? actor.username() : fields.exceptionBy());
		parameters.put("exceptionAt", newException ? java.time.Instant.now().toString() : fields.exceptionAt());
		parameters.put("regionCode",
				(before == null || !fields.regionCode().equals(before.regionCode())) ? fields.regionCode() : null);
		this.writes.client().query(UPDATE).bindAll(parameters).run();
	}

	private Locked lock(String id) {
		return this.writes.client().query(LOCK).bind(id).to("id").fetchAs(Locked.class).mappedBy((types, row) -> {
			var e = row.get("e");
			String aliases = Rows.string(e, "aliases");
			return new Locked(Rows.number(e, "version", 1) - 1,
					new Fields(Rows.requiredString(e, "name"), Rows.string(e, "nameEn"),
							(aliases != null) ? List.of(aliases.split("\\|")) : List.of(), Rows.string(e, "uscc"),
							Rows.string(e, "usccException"), Rows.string(e, "regionCode"),
							Rows.string(e, "usccExceptionBy"), Rows.string(e, "usccExceptionAt")),
					new TreeSet<>(Rows.strings(e, "links")));
		}).one().orElseThrow(() -> new NotFoundException("enterprise", id));
	}

	private Enterprise read(String id) {
		return this.writes.client()
			.query(READ)
			.bind(id)
			.to("id")
			.fetchAs(Enterprise.class)
			.mappedBy((types, row) -> Enterprise.from(row.get("e").asNode()))
			.one()
			.orElseThrow();
	}

	private static void checkAliases(Problems problems, @Nullable List<String> aliases) {
		if (aliases != null) {
			for (int i = 0; i < aliases.size(); i++) {
				problems.check(!aliases.get(i).contains("|"), "aliases[%d]".formatted(i), "must not contain '|'");
			}
		}
	}

	private static String normalize(String uscc) {
		return Uscc.normalize(uscc);
	}

	private static @Nullable String emptyToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	/** An enterprise as the writes see it, before the lock's version increment. */
	private record Locked(long version, Fields fields, Set<String> links) {

	}

	/** The fields an enterprise write sets, for the checks and the audit record. */
	private record Fields(@Nullable String name, @Nullable String nameEn, List<String> aliases, @Nullable String uscc,
			@Nullable String usccException, @Nullable String regionCode, @Nullable String exceptionBy,
			@Nullable String exceptionAt) {

		static final Fields NONE = new Fields(null, null, List.of(), null, null, null, null, null);

		List<@Nullable Change> changesFrom(Fields before) {
			List<@Nullable Change> changes = new ArrayList<>();
			changes.add(Change.of("name", before.name(), this.name));
			changes.add(Change.of("nameEn", before.nameEn(), this.nameEn));
			changes.add(Change.of("aliases", before.aliases().isEmpty() ? null : before.aliases(),
					this.aliases.isEmpty() ? null : this.aliases));
			changes.add(Change.of("uscc", before.uscc(), this.uscc));
			changes.add(Change.of("usccException", before.usccException(), this.usccException));
			changes.add(Change.of("regionCode", before.regionCode(), this.regionCode));
			return changes;
		}

	}

}
