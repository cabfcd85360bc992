package io.industryatlas.award;

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
import io.industryatlas.incentive.Recognitions;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;
import io.industryatlas.source.SourceChecks;
import io.industryatlas.write.Writes;

/**
 * Records awards. The history is append-only: an award is never edited or removed; a
 * correction is a new award that supersedes the old one, which stays visible.
 */
@Service
class AwardWrites {

	/** The holder (enterprise or platform), locked, with its region and award ids. */
	private static final String HOLDER = """
			CALL () {
			  MATCH (e:Enterprise {id: $holder}) RETURN e AS h, 'Enterprise' AS kind,
			    COLLECT { MATCH (e)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0] AS region
			  UNION
			  MATCH (p:Platform {id: $holder}) RETURN p AS h, 'Platform' AS kind,
			    coalesce(COLLECT { MATCH (p)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0],
			             COLLECT { MATCH (p)-[:IN_PARK]->(:Park)-[:LOCATED_IN]->(r:Region) RETURN r.code }[0]) AS region
			}
			SET h.awardLock = true
			REMOVE h.awardLock
			RETURN kind, region, h.name AS name,
			       [(h)-[:RECEIVED]->(a:Award) | a {.id, superseded: EXISTS { (a)<-[:SUPERSEDES]-(:Award) }}] AS awards,
			       CASE WHEN $measure IS NULL THEN true ELSE EXISTS { MATCH (:Measure {id: $measure}) } END AS measureFound
			LIMIT 1
			""";

	private static final String CREATE = """
			MATCH (h {id: $holder}) WHERE h:Enterprise OR h:Platform
			CREATE (h)-[:RECEIVED]->(a:Award {id: $id})
			SET a.title = $title, a.level = $level, a.issuingBody = $issuingBody, a.awardedOn = $awardedOn,
			    a.year = $year, a.validUntil = $validUntil, a.recognition = $recognition, a.note = $note,
			    a.recordedBy = $actor, a.recordedAt = datetime.transaction('UTC')
			WITH a
			CALL (a) {
			  MATCH (old:Award {id: $supersedes})
			  CREATE (a)-[:SUPERSEDES]->(old)
			}
			CALL (a) {
			  MATCH (m:Measure {id: $measure})
			  CREATE (a)-[:GRANTED_UNDER]->(m)
			}
			CALL (a) {
			  MATCH (d:Document {id: $doc})
			  CREATE (a)-[:CITED_IN {clause: $clause, quote: $quote}]->(d)
			}
			RETURN %s AS a
			""".formatted(Awards.PROJECTION);

	private final Writes writes;

	private final SourceChecks sources;

	private final Recognitions recognitions;

	AwardWrites(Writes writes, SourceChecks sources, Recognitions recognitions) {
		this.writes = writes;
		this.sources = sources;
		this.recognitions = recognitions;
	}

	@Transactional
	Award record(RecordAwardInput input) {
		Actor actor = this.writes.access().require(Role.BUREAU_EDITOR, Role.ADMIN);
		Problems problems = this.writes.problems(input);
		Map<String, Object> lookup = new HashMap<>();
		lookup.put("holder", input.holderId());
		lookup.put("measure", input.measureId());
		Holder holder = this.writes.client()
			.query(HOLDER)
			.bindAll(lookup)
			.fetchAs(Holder.class)
			.mappedBy((types, row) -> new Holder(row.get("kind").asString(), row.get("region").asString(null),
					row.get("name").asString(),
					row.get("awards")
						.asList(a -> new Existing(a.get("id").asString(), a.get("superseded").asBoolean())),
					row.get("measureFound").asBoolean()))
			.one()
			.orElseThrow(() -> new NotFoundException("enterprise or platform", input.holderId()));
		this.writes.access()
			.requireRegion(actor, holder.region(), holder.kind().toLowerCase() + " " + input.holderId());
		problems.check(input.awardedOn() != null || input.year() != null, "awardedOn",
				"give the date it was granted (or at least the year)");
		if (input.awardedOn() != null && input.year() != null) {
			problems.check(input.awardedOn().getYear() == input.year(), "year",
					"%d is not the year of awardedOn (%s)".formatted(input.year(), input.awardedOn()));
		}
		if (input.validUntil() != null && input.awardedOn() != null) {
			problems.check(!input.validUntil().isBefore(input.awardedOn()), "validUntil",
					"%s is before it was granted (%s)".formatted(input.validUntil(), input.awardedOn()));
		}
		if (input.recognition() != null) {
			problems.check(this.recognitions.codes().contains(input.recognition()), "recognition",
					"'%s' is no recognition the incentive rules know; see incentiveVocabulary"
						.formatted(input.recognition()));
		}
		problems.check(holder.measureFound(), "measureId", "no policy measure '%s'".formatted(input.measureId()));
		if (input.supersedes() != null) {
			Existing old = holder.awards()
				.stream()
				.filter(award -> award.id().equals(input.supersedes()))
				.findFirst()
				.orElse(null);
			if (old == null) {
				problems.add("supersedes", "'%s' is no award of %s".formatted(input.supersedes(), holder.name()));
			}
			else if (old.superseded()) {
				problems.add("supersedes",
						"'%s' is already superseded: correct the award that replaced it".formatted(old.id()));
			}
			problems.check(input.note() != null && !input.note().isBlank(), "note", "say what the correction corrects");
		}
		this.sources.check(problems, "source", input.source());
		problems.throwIfAny();
		String id = Writes.newId("award");
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("holder", input.holderId());
		parameters.put("id", id);
		parameters.put("title", input.title().strip());
		parameters.put("level", input.level());
		parameters.put("issuingBody", input.issuingBody());
		parameters.put("awardedOn", input.awardedOn());
		parameters.put("year", (input.year() != null) ? input.year()
				: (input.awardedOn() != null) ? input.awardedOn().getYear() : null);
		parameters.put("validUntil", input.validUntil());
		parameters.put("recognition", input.recognition());
		parameters.put("note", input.note());
		parameters.put("actor", actor.username());
		parameters.put("supersedes", input.supersedes());
		parameters.put("measure", input.measureId());
		parameters.put("doc", (input.source() != null) ? input.source().documentId() : null);
		parameters.put("clause", (input.source() != null) ? input.source().clause() : null);
		parameters.put("quote", (input.source() != null) ? input.source().quote() : null);
		Award award = this.writes.client()
			.query(CREATE)
			.bindAll(parameters)
			.fetchAs(Award.class)
			.mappedBy((types, row) -> Award.from(row.get("a")))
			.one()
			.orElseThrow();
		this.writes.audit()
			.record(actor, "recordAward",
					new AuditLog.Entry("Award", id,
							"%s %s: %s%s".formatted(holder.kind(), holder.name(), award.title(),
									(input.supersedes() != null) ? " (supersedes " + input.supersedes() + ")" : ""),
							java.util.Arrays.asList(Change.of("holder", null, input.holderId()),
									Change.of("title", null, award.title()), Change.of("level", null, award.level()),
									Change.of("awardedOn", null, award.awardedOn()),
									Change.of("supersedes", null, input.supersedes()))));
		return award;
	}

	private record Holder(String kind, @Nullable String region, String name, List<Existing> awards,
			boolean measureFound) {

	}

	private record Existing(String id, boolean superseded) {

	}

}
