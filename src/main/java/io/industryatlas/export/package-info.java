/**
 * Every list the UI shows, exported as CSV or XLSX: the same GraphQL documents the API
 * answers, run in-process and paged through, flattened into columns.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.export;
