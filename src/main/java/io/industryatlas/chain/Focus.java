package io.industryatlas.chain;

import org.jspecify.annotations.Nullable;

import io.industryatlas.source.Source;

/** A link, chain, domain or direction that a park, platform or institution serves. */
record Focus(String kind, String id, String name, @Nullable Source source) {
}
