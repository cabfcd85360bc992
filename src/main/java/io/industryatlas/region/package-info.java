/**
 * Regions: provinces, prefectures and counties keyed on their GB/T 2260 codes, with their
 * administrative hierarchy.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.region;
