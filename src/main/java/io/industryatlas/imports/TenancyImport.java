package io.industryatlas.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.Rows;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.chain.CoverageCounts;
import io.industryatlas.audit.Change;
import io.industryatlas.enterprise.Uscc;
import io.industryatlas.park.Park;
import io.industryatlas.park.Stay;
import io.industryatlas.security.Access;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;

/**
 * Imports tenancies of enterprises already in the atlas (named by their credit code) in
 * parks (named by id). A row that matches a tenancy changes nothing, a row with the since
 * of an open tenancy and an until closes it, any other row adds a tenancy; no two stays
 * of an enterprise in a park may overlap, in the atlas or in the file (the rules of
 * moving tenants in and out, see {@link Stay}). A park manager imports tenancies of its
 * parks, a bureau editor of the parks in its regions.
 */
@Component
class TenancyImport implements Importer {

	static final List<Column> COLUMNS = List.of(Column.required("uscc", "统一社会信用代码", "信用代码"),
			Column.required("parkId", "园区编号", "园区ID"), Column.required("since", "入驻日期", "入园日期").dates(),
			Column.optional("until", "迁出日期", "离园日期").dates());

	/** The enterprises with the codes and their tenancies in the file's parks. */
	private static final String FIND = """
			UNWIND $codes AS code
			MATCH (e:Enterprise {uscc: code})
			%s
			RETURN e.uscc AS uscc, e.id AS id, e.name AS name,
			       [(e)-[t:TENANT_OF]->(p:Park) WHERE p.id IN $parks | {park: p.id, since: t.since, until: t.until}]
			         AS tenancies
			""";

	private static final String FIND_AND_LOCK = FIND.formatted("""
			// As moving tenants in and out does: the enterprise is locked while its stays are checked.
			SET e.tenancyLock = true
			REMOVE e.tenancyLock""");

	private static final String FIND_ONLY = FIND.formatted("");

	private static final String PARKS = """
			UNWIND $ids AS id
			MATCH (p:Park {id: id})
			RETURN %s AS park
			""".formatted(Park.PROJECTION);

	/**
	 * Locks the parks, in id order, before the enterprises: the order of tenancy moves
	 * (see TenancyWrites).
	 */
	private static final String LOCK_PARKS = """
			UNWIND $ids AS id
			MATCH (p:Park {id: id})
			WITH p ORDER BY p.id
			SET p.tenancyLock = true
			REMOVE p.tenancyLock
			""";

	private static final String CREATE = """
			UNWIND $rows AS row
			MATCH (e:Enterprise {id: row.enterprise}), (p:Park {id: row.park})
			CREATE (e)-[t:TENANT_OF {since: date(row.since)}]->(p)
			SET t.until = date(row.until)
			""";

	private static final String CLOSE = """
			UNWIND $rows AS row
			MATCH (e:Enterprise {id: row.enterprise})-[t:TENANT_OF WHERE t.until IS NULL]->(p:Park {id: row.park})
			WHERE t.since = date(row.since)
			SET t.until = date(row.until)
			""";

	private final Neo4jClient client;

	private final Access access;

	private final AuditLog audit;

	private final CoverageCounts coverage;

	private final ImportProperties settings;

	TenancyImport(Neo4jClient client, Access access, AuditLog audit, CoverageCounts coverage,
			ImportProperties settings) {
		this.coverage = coverage;
		this.client = client;
		this.access = access;
		this.audit = audit;
		this.settings = settings;
	}

	@Override
	public String kind() {
		return "tenancies";
	}

	@Override
	public String operation() {
		return "importTenancies";
	}

	@Override
	public List<Column> columns() {
		return COLUMNS;
	}

	@Override
	public List<Role> roles() {
		return List.of(Role.PARK_MANAGER, Role.BUREAU_EDITOR, Role.ADMIN);
	}

	@Override
	public Plan plan(Actor actor, Table table, ImportProblems problems, Progress progress, boolean lock) {
		List<Line> lines = new ArrayList<>();
		for (Table.Row row : table.rows()) {
			lines.add(line(row, problems));
		}
		Map<String, Park> parks = parks(lines);
		if (lock) {
			this.client.query(LOCK_PARKS).bind(List.copyOf(new TreeSet<>(parks.keySet()))).to("ids").run();
		}
		Map<String, Found> enterprises = find(lines, parks.keySet(), lock, progress);
		Map<List<String>, List<Line>> groups = new LinkedHashMap<>();
		for (Line line : lines) {
			Found enterprise = enterprises.get(line.uscc());
			if (enterprise == null && !line.uscc().isEmpty()) {
				problems.add(line.row(), "uscc",
						Uscc.problem(line.uscc())
							.map(problem -> "'%s' is not a valid unified social credit code (GB 32100-2015): %s"
								.formatted(line.uscc(), problem))
							.orElse("no enterprise in the atlas has the code '%s': import or register it first"
								.formatted(line.uscc())));
			}
			Park park = parks.get(line.parkId());
			if (park == null && !line.parkId().isEmpty()) {
				problems.add(line.row(), "parkId", "no park '%s'".formatted(line.parkId()));
			}
			else if (park != null) {
				this.access.parkRefusal(actor, park.id(), park.regionCode())
					.ifPresent(refusal -> problems.add(line.row(), "parkId", refusal));
			}
			if (enterprise != null && park != null && !problems.has(line.row())) {
				groups.computeIfAbsent(List.of(enterprise.id(), park.id()), key -> new ArrayList<>()).add(line);
			}
		}
		TenancyPlan plan = new TenancyPlan();
		groups.forEach((key, group) -> {
			Found enterprise = enterprises.get(group.get(0).uscc());
			Park park = parks.get(key.get(1));
			plan(Objects.requireNonNull(enterprise), Objects.requireNonNull(park), group, problems, plan);
		});
		return plan;
	}

	/**
	 * Sorts one enterprise's rows in one park into unchanged, closing and new stays, and
	 * finds the overlaps among them and with the stays the atlas holds.
	 */
	private static void plan(Found enterprise, Park park, List<Line> lines, ImportProblems problems, TenancyPlan plan) {
		List<Stay> stays = new ArrayList<>(enterprise.stays().getOrDefault(park.id(), List.of()));
		boolean[] matched = new boolean[stays.size()];
		List<Line> earlier = new ArrayList<>();
		List<Line> added = new ArrayList<>();
		for (Line line : lines) {
			Line clash = earlier.stream()
				.filter(other -> new Stay(other.since(), other.until()).overlaps(line.since(), line.until()))
				.findFirst()
				.orElse(null);
			earlier.add(line);
			if (clash != null) {
				problems.add(line.row(), "since", "overlaps the tenancy %s in row %d"
					.formatted(new Stay(clash.since(), clash.until()), clash.row()));
				continue;
			}
			int same = -1;
			for (int i = 0; i < stays.size(); i++) {
				if (!matched[i] && line.since().equals(stays.get(i).since())) {
					same = i;
				}
			}
			if (same >= 0 && Objects.equals(stays.get(same).until(), line.until())) {
				matched[same] = true;
				plan.unchanged++;
			}
			else if (same >= 0 && stays.get(same).until() == null && line.until() != null) {
				matched[same] = true;
				stays.set(same, new Stay(line.since(), line.until()));
				plan.closes.add(new Move(enterprise, park, line));
			}
			else {
				added.add(line);
			}
		}
		// New stays are checked against the stays as the file leaves them (closed ones
		// closed).
		for (Line line : added) {
			boolean clear = true;
			for (Stay stay : stays) {
				if (stay.overlaps(line.since(), line.until())) {
					problems.add(line.row(), "since", stay.overlapProblem(enterprise.name()));
					clear = false;
				}
			}
			if (clear) {
				plan.creates.add(new Move(enterprise, park, line));
			}
		}
	}

	/** A row's values, with the problems it has by itself reported. */
	private static Line line(Table.Row row, ImportProblems problems) {
		String uscc = Uscc.normalize(Objects.requireNonNullElse(row.text("uscc"), ""));
		String parkId = Objects.requireNonNullElse(row.text("parkId"), "").strip();
		problems.check(!uscc.isEmpty(), row.number(), "uscc", "must not be blank");
		problems.check(!parkId.isEmpty(), row.number(), "parkId", "must not be blank");
		LocalDate since = date(row, "since", problems);
		LocalDate until = date(row, "until", problems);
		if (row.cell("since").blank()) {
			problems.add(row.number(), "since", "must not be blank: the day the enterprise moved in, as yyyy-mm-dd");
		}
		Stay.endProblem(since, until).ifPresent(problem -> problems.add(row.number(), "until", problem));
		return new Line(row.number(), uscc, parkId, (since != null) ? since : LocalDate.MIN, until);
	}

	private static @Nullable LocalDate date(Table.Row row, String column, ImportProblems problems) {
		Table.Cell cell = row.cell(column);
		if (cell.date() != null || cell.text() == null) {
			return cell.date();
		}
		try {
			return LocalDate.parse(cell.text());
		}
		catch (DateTimeParseException ex) {
			problems.add(row.number(), column,
					"'%s' is no date: write it as yyyy-mm-dd, e.g. 2021-03-01".formatted(cell.text()));
			return null;
		}
	}

	private Map<String, Park> parks(List<Line> lines) {
		List<String> ids = lines.stream().map(Line::parkId).filter(id -> !id.isEmpty()).distinct().toList();
		Map<String, Park> parks = new HashMap<>();
		for (List<String> chunk : Chunks.of(ids, this.settings.batchSize())) {
			this.client.query(PARKS)
				.bind(chunk)
				.to("ids")
				.fetchAs(Park.class)
				.mappedBy((types, record) -> Park.from(record.get("park")))
				.all()
				.forEach(park -> parks.put(park.id(), park));
		}
		return parks;
	}

	/**
	 * The enterprises the rows name, with their stays in the file's parks, in batches (in
	 * lock order).
	 */
	private Map<String, Found> find(List<Line> lines, Set<String> parks, boolean lock, Progress progress) {
		Map<String, Found> found = new HashMap<>();
		List<String> codes = Chunks.lockOrder(lines.stream().map(Line::uscc).toList());
		List<String> parkIds = List.copyOf(parks);
		int done = 0;
		for (List<String> chunk : Chunks.of(codes, this.settings.batchSize())) {
			this.client.query(lock ? FIND_AND_LOCK : FIND_ONLY)
				.bindAll(Map.of("codes", chunk, "parks", parkIds))
				.fetchAs(Found.class)
				.mappedBy((types, record) -> {
					Map<String, List<Stay>> stays = new HashMap<>();
					record.get("tenancies")
						.asList(t -> t)
						.forEach(t -> stays.computeIfAbsent(t.get("park").asString(), park -> new ArrayList<>())
							.add(new Stay(Rows.date(t, "since"), Rows.date(t, "until"))));
					String id = record.get("id").asString();
					return new Found(record.get("uscc").asString(), id, record.get("name").asString(id), stays);
				})
				.all()
				.forEach(enterprise -> found.put(enterprise.uscc(), enterprise));
			done += chunk.size();
			progress.at("validating", Chunks.rowsDone(done, codes.size(), lines.size()), lines.size());
		}
		progress.at("validating", lines.size(), lines.size());
		return found;
	}

	/**
	 * A row's values.
	 *
	 * @param since {@link LocalDate#MIN} where the row has none (it has a problem then)
	 */
	private record Line(int row, String uscc, String parkId, LocalDate since, @Nullable LocalDate until) {

	}

	/** An enterprise the file names, with its stays by park. */
	private record Found(String uscc, String id, String name, Map<String, List<Stay>> stays) {

	}

	private record Move(Found enterprise, Park park, Line line) {

		Map<String, @Nullable Object> parameters() {
			Map<String, @Nullable Object> parameters = new HashMap<>();
			parameters.put("enterprise", this.enterprise.id());
			parameters.put("park", this.park.id());
			parameters.put("since", this.line.since().toString());
			parameters.put("until", (this.line.until() != null) ? this.line.until().toString() : null);
			return parameters;
		}

	}

	private final class TenancyPlan implements Plan {

		private final List<Move> creates = new ArrayList<>();

		private final List<Move> closes = new ArrayList<>();

		private int unchanged;

		@Override
		public int created() {
			return this.creates.size();
		}

		@Override
		public int updated() {
			return this.closes.size();
		}

		@Override
		public int unchanged() {
			return this.unchanged;
		}

		@Override
		public void write(Actor actor, Progress progress) {
			int total = this.creates.size() + this.closes.size();
			int done = write(actor, CREATE, this.creates, 0, total, progress,
					move -> new AuditLog.Entry("Tenancy", move.enterprise().id(),
							"%s moved into %s on %s".formatted(move.enterprise().name(), move.park().name(),
									move.line().since()),
							Arrays.asList(Change.of("park", null, move.park().id()),
									Change.of("since", null, move.line().since()),
									Change.of("until", null, move.line().until()))));
			write(actor, CLOSE, this.closes, done, total, progress,
					move -> new AuditLog.Entry("Tenancy", move.enterprise().id(),
							"%s moved out of %s on %s".formatted(move.enterprise().name(), move.park().name(),
									move.line().until()),
							Arrays.asList(Change.of("until", null, move.line().until()))));
		}

		private int write(Actor actor, String statement, List<Move> changes, int done, int total, Progress progress,
				Function<Move, AuditLog.Entry> entry) {
			for (List<Move> chunk : Chunks.of(changes, TenancyImport.this.settings.batchSize())) {
				// Current tenants of a park count as local to its region.
				CoverageCounts.Snapshot coverage = TenancyImport.this.coverage
					.before(chunk.stream().map(move -> move.enterprise().id()).toList());
				TenancyImport.this.client.query(statement)
					.bind(chunk.stream().map(Move::parameters).toList())
					.to("rows")
					.run();
				TenancyImport.this.coverage.after(coverage);
				TenancyImport.this.audit.record(actor, operation(), chunk.stream().map(entry).toList());
				done += chunk.size();
				progress.at("writing", done, total);
			}
			return done;
		}

	}

}
