package io.industryatlas.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.Problem;
import io.industryatlas.api.Rows;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.chain.CoverageCounts;
import io.industryatlas.audit.Change;
import io.industryatlas.enterprise.EnterpriseWrites;
import io.industryatlas.enterprise.Uscc;
import io.industryatlas.security.Access;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;

/**
 * Imports enterprises, matched by their unified social credit code: a row with a new code
 * registers an enterprise, a row with a known code updates it where its fields differ,
 * and a row that matches changes nothing. Each row is checked as a registration is (see
 * {@link EnterpriseWrites#problems}); a bureau editor imports only rows in its regions.
 */
@Component
class EnterpriseImport implements Importer {

	static final List<Column> COLUMNS = List.of(Column.required("uscc", "统一社会信用代码", "信用代码"),
			Column.required("name", "企业名称", "名称"), Column.optional("nameEn", "英文名称"),
			Column.optional("aliases", "别名", "简称"), Column.required("regionCode", "行政区划代码", "区划代码"));

	/** The enterprises with the codes, locked (a real run) or only read (a dry run). */
	private static final String FIND = """
			UNWIND $codes AS code
			MATCH (e:Enterprise {uscc: code})
			%s
			RETURN e {.id, .name, .nameEn, .aliases, .uscc, .usccException,
			          regionCode: COLLECT { MATCH (e)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0]} AS e
			""";

	private static final String FIND_AND_LOCK = FIND.formatted("""
			// Writing a property locks the enterprise until the transaction ends.
			SET e.importLock = true
			REMOVE e.importLock""");

	private static final String FIND_ONLY = FIND.formatted("");

	private static final String CREATE = """
			UNWIND $rows AS row
			MATCH (r:Region {code: row.regionCode})
			CREATE (e:Enterprise {id: row.id, version: 1})
			SET e.name = row.name, e.nameEn = row.nameEn, e.aliases = row.aliases, e.uscc = row.uscc,
			    e.usccDivision = row.division
			CREATE (e)-[:LOCATED_IN]->(r)
			""";

	private static final String UPDATE = """
			UNWIND $rows AS row
			MATCH (e:Enterprise {id: row.id})
			SET e.name = row.name, e.nameEn = row.nameEn, e.aliases = row.aliases, e.usccDivision = row.division,
			    e.version = coalesce(e.version, 0) + 1
			WITH e, row
			CALL (e, row) {
			  MATCH (e)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> row.regionCode
			  DELETE old
			}
			CALL (e, row) {
			  MATCH (r:Region {code: row.regionCode})
			  MERGE (e)-[:LOCATED_IN]->(r)
			}
			""";

	private final Neo4jClient client;

	private final EnterpriseWrites writes;

	private final Access access;

	private final AuditLog audit;

	private final CoverageCounts coverage;

	private final ImportProperties settings;

	EnterpriseImport(Neo4jClient client, EnterpriseWrites writes, Access access, AuditLog audit,
			CoverageCounts coverage, ImportProperties settings) {
		this.client = client;
		this.writes = writes;
		this.access = access;
		this.audit = audit;
		this.coverage = coverage;
		this.settings = settings;
	}

	@Override
	public String kind() {
		return "enterprises";
	}

	@Override
	public String operation() {
		return "importEnterprises";
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public List<Role> roles() {
		return List.of(Role.BUREAU_EDITOR, Role.ADMIN);
	}

	@Override
	public Plan plan(Actor actor, Table table, ImportProblems problems, Progress progress, boolean lock) {
		List<Table.Row> rows = table.rows();
		Map<String, Existing> existing = find(rows, lock, progress);
		Map<String, Integer> firstRowOfCode = new HashMap<>();
		EnterprisePlan plan = new EnterprisePlan();
		for (Table.Row row : rows) {
			String uscc = Uscc.normalize(Objects.requireNonNullElse(row.text("uscc"), ""));
			Existing before = existing.get(uscc);
			Fields after = new Fields(Objects.requireNonNullElse(row.text("name"), ""),
					table.has("nameEn") ? row.text("nameEn") : (before != null) ? before.fields().nameEn() : null,
					table.has("aliases") ? aliases(row.text("aliases"))
							: (before != null) ? before.fields().aliases() : List.of(),
					uscc, Objects.requireNonNullElse(row.text("regionCode"), ""));
			List<Problem> fieldProblems = this.writes.problems(after.name(), after.nameEn(), after.aliases(), uscc,
					after.regionCode(), before != null && before.usccException() != null);
			for (Problem problem : fieldProblems) {
				problems.add(row.number(), column(problem.field()), problem.message());
			}
			if (row.cell("uscc").number()) {
				problems.add(row.number(), "uscc", "the code is stored as a number, of which Excel keeps only 15 "
						+ "digits: format the column as text and type the code again");
			}
			if (!uscc.isEmpty()) {
				Integer first = firstRowOfCode.putIfAbsent(uscc, row.number());
				if (first != null) {
					problems.add(row.number(), "uscc",
							"'%s' is also in row %d: each enterprise once per file".formatted(uscc, first));
				}
			}
			// Where the region itself is wrong, that is the problem to fix first.
			if (fieldProblems.stream().noneMatch(problem -> problem.field().equals("regionCode"))) {
				this.access.regionRefusal(actor, after.regionCode(), "enterprises")
					.ifPresent(refusal -> problems.add(row.number(), "regionCode", refusal));
			}
			// Moving an enterprise needs the right to change it where it is, too.
			if (before != null && !before.fields().regionCode().equals(after.regionCode())) {
				this.access
					.regionRefusal(actor, before.fields().regionCode().isEmpty() ? null : before.fields().regionCode(),
							"enterprise " + before.id())
					.ifPresent(refusal -> problems.add(row.number(), "regionCode", refusal));
			}
			if (problems.has(row.number())) {
				continue;
			}
			if (before == null) {
				plan.creates.add(new Create(EnterpriseWrites.newId(), after));
			}
			else if (after.equals(before.fields())) {
				plan.unchanged++;
			}
			else {
				plan.updates.add(new Update(before.id(), before.fields(), after));
			}
		}
		return plan;
	}

	/** The enterprises the rows' codes name, by code, in batches (in lock order). */
	private Map<String, Existing> find(List<Table.Row> rows, boolean lock, Progress progress) {
		Map<String, Existing> found = new HashMap<>();
		List<String> codes = Chunks.lockOrder(
				rows.stream().map(row -> Uscc.normalize(Objects.requireNonNullElse(row.text("uscc"), ""))).toList());
		int done = 0;
		for (List<String> chunk : Chunks.of(codes, this.settings.batchSize())) {
			this.client.query(lock ? FIND_AND_LOCK : FIND_ONLY)
				.bind(chunk)
				.to("codes")
				.fetchAs(Existing.class)
				.mappedBy((types, record) -> {
					var e = record.get("e");
					String aliases = Rows.string(e, "aliases");
					return new Existing(Rows.requiredString(e, "id"), Rows.string(e, "usccException"),
							new Fields(Rows.requiredString(e, "name"), Rows.string(e, "nameEn"),
									(aliases != null) ? List.of(aliases.split("\\|")) : List.of(),
									Rows.requiredString(e, "uscc"),
									Objects.requireNonNullElse(Rows.string(e, "regionCode"), "")));
				})
				.all()
				.forEach(e -> found.put(e.fields().uscc(), e));
			done += chunk.size();
			progress.at("validating", Chunks.rowsDone(done, codes.size(), rows.size()), rows.size());
		}
		progress.at("validating", rows.size(), rows.size());
		return found;
	}

	/** The aliases of a cell: separated by ';' (or the full-width '；'). */
	private static List<String> aliases(@Nullable String cell) {
		return (cell != null) ? EnterpriseWrites.normalizeAliases(Arrays.asList(cell.split("[;；]"))) : List.of();
	}

	/**
	 * The column of a field the checks name, e.g. {@code aliases[2]} is {@code aliases}.
	 */
	private static String column(String field) {
		int end = field.length();
		for (char stop : new char[] { '[', '.' }) {
			int at = field.indexOf(stop);
			if (at >= 0) {
				end = Math.min(end, at);
			}
		}
		return field.substring(0, end);
	}

	/** The fields an import sets, normalized as registrations keep them. */
	private record Fields(String name, @Nullable String nameEn, List<String> aliases, String uscc, String regionCode) {

		Fields {
			name = name.strip();
			nameEn = (nameEn != null && !nameEn.isBlank()) ? nameEn.strip() : null;
			aliases = List.copyOf(aliases);
		}

		static final Fields NONE = new Fields("", null, List.of(), "", "");

		Map<String, @Nullable Object> parameters(String id) {
			Map<String, @Nullable Object> parameters = new HashMap<>();
			parameters.put("id", id);
			parameters.put("name", this.name);
			parameters.put("nameEn", this.nameEn);
			parameters.put("aliases", EnterpriseWrites.storedAliases(this.aliases));
			parameters.put("uscc", this.uscc);
			parameters.put("division", Uscc.division(this.uscc).orElse(null));
			parameters.put("regionCode", this.regionCode);
			return parameters;
		}

		List<@Nullable Change> changesFrom(Fields before) {
			List<@Nullable Change> changes = new ArrayList<>();
			changes.add(Change.of("name", emptyToNull(before.name()), this.name));
			changes.add(Change.of("nameEn", before.nameEn(), this.nameEn));
			changes.add(Change.of("aliases", before.aliases().isEmpty() ? null : before.aliases(),
					this.aliases.isEmpty() ? null : this.aliases));
			changes.add(Change.of("uscc", emptyToNull(before.uscc()), this.uscc));
			changes.add(Change.of("regionCode", emptyToNull(before.regionCode()), this.regionCode));
			return changes;
		}

		private static @Nullable String emptyToNull(String value) {
			return value.isEmpty() ? null : value;
		}

	}

	private record Existing(String id, @Nullable String usccException, Fields fields) {

	}

	private record Create(String id, Fields fields) {

	}

	private record Update(String id, Fields before, Fields after) {

	}

	private final class EnterprisePlan implements Plan {

		private final List<Create> creates = new ArrayList<>();

		private final List<Update> updates = new ArrayList<>();

		private int unchanged;

		@Override
		public int created() {
			return this.creates.size();
		}

		@Override
		public int updated() {
			return this.updates.size();
		}

		@Override
		public int unchanged() {
			return this.unchanged;
		}

		@Override
		public void write(Actor actor, Progress progress) {
			int total = this.creates.size() + this.updates.size();
			int done = 0;
			for (List<Create> chunk : Chunks.of(this.creates, EnterpriseImport.this.settings.batchSize())) {
				EnterpriseImport.this.client.query(CREATE)
					.bind(chunk.stream().map(create -> create.fields().parameters(create.id())).toList())
					.to("rows")
					.run();
				EnterpriseImport.this.audit.record(actor, operation(),
						chunk.stream()
							.map(create -> new AuditLog.Entry("Enterprise", create.id(),
									"registered %s (%s) in %s".formatted(create.fields().name(), create.fields().uscc(),
											create.fields().regionCode()),
									create.fields().changesFrom(Fields.NONE)))
							.toList());
				done += chunk.size();
				progress.at("writing", done, total);
			}
			for (List<Update> chunk : Chunks.of(this.updates, EnterpriseImport.this.settings.batchSize())) {
				// A new region changes where the enterprise counts as local (new
				// enterprises
				// cover no chain link yet, so their creation changes no count).
				CoverageCounts.Snapshot coverage = EnterpriseImport.this.coverage
					.before(chunk.stream().map(Update::id).toList());
				EnterpriseImport.this.client.query(UPDATE)
					.bind(chunk.stream().map(update -> update.after().parameters(update.id())).toList())
					.to("rows")
					.run();
				EnterpriseImport.this.coverage.after(coverage);
				EnterpriseImport.this.audit.record(actor, operation(), chunk.stream()
					.map(update -> new AuditLog.Entry("Enterprise", update.id(),
							"updated %s".formatted(update.after().name()), update.after().changesFrom(update.before())))
					.toList());
				done += chunk.size();
				progress.at("writing", done, total);
			}
		}

	}

}
