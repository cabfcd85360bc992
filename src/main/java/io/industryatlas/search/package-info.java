/**
 * One search box across every entity type, by Chinese or English name or alias, on
 * Neo4j's full-text index with the CJK analyzer.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.search;
