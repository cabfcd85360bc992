/**
 * Industrial parks, bases and zones: where they are, their tenants over time, and the
 * clusters they belong to.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.park;
