package io.industryatlas.chain;

/**
 * How well an area covers one link of a chain.
 *
 * @param link the link
 * @param localEnterprises local enterprises covering it
 * @param gap whether that is below the threshold
 * @param area the area (to find candidates outside it)
 * @param chainId the chain (to rank its leaders first)
 */
record LinkCoverage(ChainLink link, int localEnterprises, boolean gap, Area area, String chainId) {
}
