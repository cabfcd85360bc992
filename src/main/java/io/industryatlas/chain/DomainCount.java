package io.industryatlas.chain;

import org.jspecify.annotations.Nullable;

/** How many enterprises of a set work in one domain (null: no known domain). */
public record DomainCount(@Nullable Domain domain, int count) {
}
