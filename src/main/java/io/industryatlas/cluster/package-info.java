/**
 * Clusters and the spatial plan: the Harbin pole, the zones and the belt of the
 * bioeconomy plan, and industrial clusters such as Sui-Ha-Da-Qi, with member regions and
 * the reasons any park, enterprise or platform belongs to them.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.cluster;
