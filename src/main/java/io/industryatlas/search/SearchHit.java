package io.industryatlas.search;

import org.jspecify.annotations.Nullable;

/** One search result. */
record SearchHit(String kind, String id, String name, @Nullable String nameEn, double score, boolean sample) {
}
