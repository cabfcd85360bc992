/**
 * Bulk import of enterprises and tenancies from CSV and XLSX files: every row checked
 * first with the rules of the mutations, then all written in one transaction, or nothing.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.imports;
