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

	/** One error per field named, each BAD_REQUEST with {@code extensions.field} set. */
	public static Consumer<List<ResponseError>> fields(String... fields) {
		return errors -> {
			assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType()).isEqualTo(ErrorType.BAD_REQUEST));
			assertThat(errors).map(error -> error.getExtensions().get("field"))
				.containsExactlyInAnyOrder((Object[]) fields);
		};
	}

	/**
	 * Exactly one error whose classification has this name (for our own classifications).
	 */
	public static Consumer<List<ResponseError>> classified(String classification, String... messageParts) {
		return errors -> assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo(classification);
			for (String part : messageParts) {
				assertThat(error.getMessage()).contains(part);
			}
		});
	}

}
