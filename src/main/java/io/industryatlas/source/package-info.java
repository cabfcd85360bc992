/**
 * Provenance: the source documents and the {@code Source} (document, clause, quote) of
 * every fact taken from them.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.source;
