package io.industryatlas.chain;

/** A park, platform or institution that serves a chain link. */
record Supporter(String kind, String id, String name) {
}
