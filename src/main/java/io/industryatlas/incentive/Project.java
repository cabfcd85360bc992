package io.industryatlas.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A validated project: where and when, what it is, its amounts in yuan, its products and
 * the recognitions it holds.
 */
record Project(String region, LocalDate date, Set<String> kinds, @Nullable String construction,
		Map<String, BigDecimal> amounts, List<Product> products, Set<String> recognitions) {

	/** A product with its annual sales. */
	record Product(String name, BigDecimal sales) {
	}

}
