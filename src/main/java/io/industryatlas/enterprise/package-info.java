/**
 * Enterprises and groups: where they are, the clusters they belong to, their award
 * history, and the role each source document gives them.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.enterprise;
