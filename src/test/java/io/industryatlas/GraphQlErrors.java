package io.industryatlas;

import java.util.List;
import java.util.function.Consumer;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on the errors of a GraphQL response. */
public final class GraphQlErrors {

	private GraphQlErrors() {
	}

	/** Exactly one error, of this classification, whose message contains every part. */
	public static Consumer<List<ResponseError>> single(ErrorType type, String... messageParts) {
		return errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType()).isEqualTo(type);
			for (String part : messageParts) {
				assertThat(error.getMessage()).contains(part);
			}
		});
	}

}
