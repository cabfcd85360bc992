/**
 * The audit log: who changed what and when, written in the same transaction as every
 * change, and read by administrators.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.audit;
