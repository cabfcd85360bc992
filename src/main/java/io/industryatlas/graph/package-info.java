/**
 * The database: the embedded Neo4j started inside the app (unless an external server is
 * configured) and the loading of the sourced seed graph from {@code graph-seed/}.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.graph;
