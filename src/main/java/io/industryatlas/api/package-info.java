/**
 * Shared pieces of the GraphQL API: errors, scalars, pagination, and the provenance
 * ({@code Source}) that every entity exposes.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.api;
