/**
 * What every write shares: the caller's rights, checks of the input, versions, the region
 * a node is located in, and the audit record.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.write;
