package io.industryatlas.audit;

import java.util.List;

/**
 * One change to the atlas.
 *
 * @param id its id
 * @param at when, as an ISO-8601 instant (UTC)
 * @param actor the account that made it
 * @param operation the mutation (or import) that made it
 * @param targetKind what kind of entity changed, e.g. {@code Enterprise}
 * @param targetId the id of the entity that changed
 * @param summary one line saying what happened
 * @param changes the fields that changed
 */
public record AuditRecord(String id, String at, String actor, String operation, String targetKind, String targetId,
		String summary, List<Change> changes) {

}
