/**
 * The database: the embedded Neo4j started inside the app (unless an external server is
 * configured), the loading of the sourced seed graph from {@code graph-seed/}, and the
 * driver's connection-pool metrics.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.graph;
