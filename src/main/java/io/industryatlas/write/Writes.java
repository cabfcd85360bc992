package io.industryatlas.write;

import java.util.UUID;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import io.industryatlas.api.ConflictException;
import io.industryatlas.api.Problems;
import io.industryatlas.audit.AuditLog;
import io.industryatlas.region.Regions;
import io.industryatlas.security.Access;

/**
 * The collaborators and checks every writer uses, so that each applies them the same way:
 * rights ({@link #access()}), bean validation of the input ({@link #problems}), region
 * codes, versions, new ids, and the audit log.
 */
@Component
public class Writes {

	/**
	 * Moves node {@code %1$s} to the region {@code $regionCode}: its other LOCATED_IN
	 * relationships go, one to that region is made. Does nothing when the parameter is
	 * null. Format with the node's variable.
	 */
	public static final String RELOCATE = """
			CALL (%1$s) {
			  MATCH (%1$s)-[old:LOCATED_IN]->(r:Region) WHERE r.code <> $regionCode
			  DELETE old
			}
			CALL (%1$s) {
			  MATCH (r:Region {code: $regionCode})
			  MERGE (%1$s)-[:LOCATED_IN]->(r)
			}
			""";

	private final Neo4jClient client;

	private final Validator validator;

	private final Access access;

	private final Regions regions;

	private final AuditLog audit;

	Writes(Neo4jClient client, Validator validator, Access access, Regions regions, AuditLog audit) {
		this.client = client;
		this.validator = validator;
		this.access = access;
		this.regions = regions;
		this.audit = audit;
	}

	public Neo4jClient client() {
		return this.client;
	}

	public Access access() {
		return this.access;
	}

	public AuditLog audit() {
		return this.audit;
	}

	/** The bean-validation problems of {@code input}, to which checks add more. */
	public Problems problems(Object input) {
		return Problems.of(this.validator, input);
	}

	/** A problem at {@code regionCode} when the code is no region of the atlas. */
	public void checkRegion(Problems problems, @Nullable String regionCode) {
		if (regionCode != null) {
			problems.check(this.regions.tree().region(regionCode).isPresent(), "regionCode",
					"'%s' is no GB/T 2260 region code the atlas knows".formatted(regionCode));
		}
	}

	/**
	 * Refuses a change made from {@code expected} when the entity is at {@code actual}.
	 */
	public static void checkVersion(String kind, String id, long expected, long actual) {
		if (expected != actual) {
			throw new ConflictException(kind, id, expected, actual);
		}
	}

	/** A new id such as {@code park-3f2a9c0d41b7e655}. */
	public static String newId(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	/** Null for null or blank text, else the text stripped. */
	public static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
