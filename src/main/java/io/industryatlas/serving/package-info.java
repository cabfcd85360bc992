/**
 * Serving many at once: admission control (a bounded number of requests run, a bounded
 * queue waits, the rest get 503 at once), an optional rate limit per caller, and a cache
 * of read answers that a write invalidates exactly.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.serving;
