package io.industryatlas.incentive;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The {@code ProjectInput} of the API, as sent: checked by {@link ProjectValidator}. */
record ProjectInput(String region, LocalDate date, List<String> kinds, @Nullable String construction,
		@Nullable List<AmountInput> amounts, @Nullable List<ProductInput> products,
		@Nullable List<String> recognitions) {

	/** One amount, as sent. */
	record AmountInput(String name, String value) {
	}

	/** One product, as sent. */
	record ProductInput(String name, String sales) {
	}

}
