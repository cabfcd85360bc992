package io.industryatlas.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import tools.jackson.databind.JsonNode;

/**
 * The writes of the load mix, through the GraphQL API as an administrator: each client
 * owns one sample enterprise and one sample park, and alternates between changing the
 * enterprise's English name (with the version it last saw) and moving it into or out of
 * its park (on dates after every stay it has there), so that its writes never conflict
 * with another client's and never break a rule: an error is a real one. Run it against a
 * benchmark database: the writes change sample data and add audit records.
 */
final class LoadWrites {

	static final String UPDATE_ENTERPRISE = """
			mutation LoadUpdateEnterprise($input: UpdateEnterpriseInput!) {
			  updateEnterprise(input: $input) { enterprise { id version nameEn } }
			}
			""";

	static final String MOVE_IN = """
			mutation LoadMoveTenantIn($input: MoveTenantInInput!) {
			  moveTenantIn(input: $input) { tenancy { since until } }
			}
			""";

	static final String MOVE_OUT = """
			mutation LoadMoveTenantOut($input: MoveTenantOutInput!) {
			  moveTenantOut(input: $input) { tenancy { since until } }
			}
			""";

	/** One sample enterprise per client, and the sample parks (any park when none). */
	private static final String TARGETS = """
			CALL () {
			  MATCH (e:Enterprise:Sample) WITH e ORDER BY e.id DESC LIMIT $clients RETURN collect(e.id) AS enterprises
			}
			CALL () {
			  MATCH (p:Park) WITH p ORDER BY p:Sample DESC, p.id LIMIT 100 RETURN collect(p.id) AS parks
			}
			RETURN enterprises, parks
			""";

	/** An enterprise's version and name, and its stays in one park. */
	private static final String STATE = """
			MATCH (e:Enterprise {id: $enterprise}), (p:Park {id: $park})
			RETURN coalesce(e.version, 0) AS version, coalesce(e.nameEn, e.id) AS nameEn,
			       [(e)-[t:TENANT_OF]->(p) | {since: t.since, until: t.until}] AS stays
			""";

	private final Driver driver;

	private final String authorization;

	private final List<@Nullable Write> clients;

	private LoadWrites(Driver driver, String authorization, List<@Nullable Write> clients) {
		this.driver = driver;
		this.authorization = authorization;
		this.clients = clients;
	}

	/** Reads each client's enterprise, park and their state. */
	static LoadWrites prepare(Driver driver, String authorization, int clients) {
		var targets = driver.executableQuery(TARGETS)
			.withParameters(Map.of("clients", clients))
			.execute()
			.records()
			.get(0);
		List<String> enterprises = targets.get("enterprises").asList(Value::asString);
		List<String> parks = targets.get("parks").asList(Value::asString);
		List<@Nullable Write> writes = new ArrayList<>();
		LoadWrites loadWrites = new LoadWrites(driver, authorization, writes);
		for (int client = 0; client < clients; client++) {
			// A client without an enterprise of its own (fewer sample enterprises than
			// clients) only reads.
			if (client < enterprises.size() && !parks.isEmpty()) {
				Write write = new Write(loadWrites, enterprises.get(client), parks.get(client % parks.size()));
				loadWrites.refresh(write);
				writes.add(write);
			}
			else {
				writes.add(null);
			}
		}
		return loadWrites;
	}

	/** The HTTP {@code Authorization} header the writes send. */
	String authorization() {
		return this.authorization;
	}

	/** The next write of {@code client}, or null when it has none. */
	LoadMix.@Nullable Call next(int client) {
		Write write = this.clients.get(client % this.clients.size());
		return (write != null) ? write.next() : null;
	}

	/** Reads the state of a client's enterprise and park again (after a failed write). */
	void refresh(Write write) {
		var row = this.driver.executableQuery(STATE)
			.withParameters(Map.of("enterprise", write.enterprise, "park", write.park))
			.execute()
			.records()
			.get(0);
		write.version = row.get("version").asLong();
		write.nameEn = row.get("nameEn").asString();
		LocalDate last = null;
		write.inPark = false;
		for (Value stay : row.get("stays").values()) {
			for (String end : List.of("since", "until")) {
				if (!stay.get(end).isNull() && (last == null || stay.get(end).asLocalDate().isAfter(last))) {
					last = stay.get(end).asLocalDate();
				}
			}
			write.inPark |= stay.get("until").isNull();
		}
		LocalDate today = LocalDate.now();
		write.day = (last == null || last.isBefore(today)) ? today : last.plusDays(1);
	}

	/**
	 * What one client writes next, and the state its writes have left: the enterprise's
	 * version and English name, whether it is in its park, and the first day no stay
	 * there has reached.
	 */
	static final class Write {

		private final LoadWrites writes;

		final String enterprise;

		final String park;

		long version;

		String nameEn = "";

		boolean inPark;

		LocalDate day = LocalDate.now();

		private int count;

		Write(LoadWrites writes, String enterprise, String park) {
			this.writes = writes;
			this.enterprise = enterprise;
			this.park = park;
		}

		LoadMix.Call next() {
			this.count++;
			if (this.count % 2 == 1) {
				String name = this.nameEn.endsWith(" ·") ? this.nameEn.substring(0, this.nameEn.length() - 2)
						: this.nameEn + " ·";
				return call("write: updateEnterprise", UPDATE_ENTERPRISE,
						Map.of("id", this.enterprise, "version", this.version, "nameEn", name));
			}
			if (this.inPark) {
				return call("write: moveTenantOut", MOVE_OUT,
						Map.of("parkId", this.park, "enterpriseId", this.enterprise, "until", this.day.toString()));
			}
			return call("write: moveTenantIn", MOVE_IN,
					Map.of("parkId", this.park, "enterpriseId", this.enterprise, "since", this.day.toString()));
		}

		/** Takes in a successful answer's {@code data}. */
		void succeeded(JsonNode data) {
			JsonNode enterprise = data.path("updateEnterprise").path("enterprise");
			if (!enterprise.isMissingNode()) {
				this.version = enterprise.path("version").asLong();
				this.nameEn = enterprise.path("nameEn").asString();
			}
			else if (data.has("moveTenantIn")) {
				this.inPark = true;
				// The next stay starts after this one: [day, day + 1) at the shortest.
				this.day = this.day.plusDays(1);
			}
			else if (data.has("moveTenantOut")) {
				this.inPark = false;
			}
		}

		/** After a failed write: the state is read again from the database. */
		void failed() {
			this.writes.refresh(this);
		}

		private LoadMix.Call call(String name, String document, Map<String, Object> input) {
			return new LoadMix.Call(name, document, Map.of("input", input), null, Map.of(), this);
		}

	}

}
