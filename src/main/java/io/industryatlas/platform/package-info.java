/**
 * Innovation platforms (key labs, engineering and innovation centres, pilot platforms)
 * and the universities and institutes that run them.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.platform;
