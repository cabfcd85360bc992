/**
 * Award and recognition history: national and provincial platform status, 专精特新, single
 * champions and other recognitions of enterprises and platforms, in date order.
 */
@org.jspecify.annotations.NullMarked
package io.industryatlas.award;
