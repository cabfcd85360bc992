package io.industryatlas.api;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.execution.ErrorType;

import static org.assertj.core.api.Assertions.assertThat;

/** The operation-name tag stays within a bounded set of values, whatever clients send. */
class OperationNameConventionTests {

	private final OperationNameConvention convention = new OperationNameConvention();

	@Test
	void namesOfOperationsThatRanAreKeptUpToTheLimit() {
		for (int i = 0; i < OperationNameConvention.MAX_NAMES; i++) {
			assertThat(this.convention.tagValue("Operation" + i, true)).isEqualTo("Operation" + i);
		}
		assertThat(this.convention.tagValue("OneTooMany", true)).isEqualTo("OTHER");
		assertThat(this.convention.tagValue("Operation7", true)).isEqualTo("Operation7");
		assertThat(this.convention.tagValue("Operation7", false)).isEqualTo("Operation7");
	}

	@Test
	void aNameOnlyClaimedByTheRequestIsNotKept() {
		assertThat(this.convention.tagValue("Claimed", false)).isEqualTo("OTHER");
		assertThat(this.convention.tagValue("Claimed", false)).isEqualTo("OTHER");
		assertThat(this.convention.tagValue("Claimed", true)).isEqualTo("Claimed");
		assertThat(this.convention.tagValue("Claimed", false)).isEqualTo("Claimed");
	}

	@Test
	void noNameIsAnonymousAndWhatIsNoGraphQlNameIsOther() {
		assertThat(this.convention.tagValue(null, true)).isEqualTo("anonymous");
		assertThat(this.convention.tagValue("", false)).isEqualTo("anonymous");
		assertThat(this.convention.tagValue("drop table", true)).isEqualTo("OTHER");
		assertThat(this.convention.tagValue("A".repeat(65), true)).isEqualTo("OTHER");
	}

	@Test
	void theFirstErrorsClassificationIsTheOneCounted() {
		assertThat(OperationNameConvention.classification(null)).isEqualTo("NONE");
		assertThat(OperationNameConvention.classification(ExecutionResult.newExecutionResult().build()))
			.isEqualTo("NONE");
		ExecutionResult refused = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(ErrorType.NOT_FOUND).message("no").build())
			.addError(GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message("no").build())
			.build();
		assertThat(OperationNameConvention.classification(refused)).isEqualTo("NOT_FOUND");
		ExecutionResult timedOut = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(AtlasErrorType.TIMEOUT).message("late").build())
			.build();
		assertThat(OperationNameConvention.classification(timedOut)).isEqualTo("TIMEOUT");
		ExecutionResult odd = ExecutionResult.newExecutionResult()
			.addError(GraphqlErrorBuilder.newError().errorType(new ErrorClassification() {
			}).message("?").build())
			.build();
		assertThat(OperationNameConvention.classification(odd)).isEqualTo("OTHER");
	}

}
