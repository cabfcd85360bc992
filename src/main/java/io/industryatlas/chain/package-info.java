/**
 * Industry chains: the six domains, chains as upstream-to-downstream links, which
 * enterprises cover each link and lead each chain, and the gaps of an area's chain.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.chain;
