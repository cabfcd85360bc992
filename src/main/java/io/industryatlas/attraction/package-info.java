/**
 * Investment attraction: whom to attract to fill an area's chain gaps, ranked by an
 * explained score, with what a typical project of theirs would receive.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.attraction;
