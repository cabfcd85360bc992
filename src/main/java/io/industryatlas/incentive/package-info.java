/**
 * Policy incentives as data: measures and incentive rules read from the graph, one engine
 * that evaluates every rule for a project, and the estimate a bureau gives an investor.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.incentive;
