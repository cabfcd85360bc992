package io.industryatlas.serving;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.OperationDefinition;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * Tells the {@link ResponseCache} which operation a document ran: only queries are ever
 * cached or shared, and whether a document is one is known once graphql-java has parsed
 * it, which this learns without parsing it again.
 */
class QueryMarker extends SimplePerformantInstrumentation {

	private static final String KEY = QueryMarker.class.getName();

	/** Asks the execution of {@code request} to say whether it ran a query. */
	static Mark mark(WebGraphQlRequest request) {
		Mark mark = new Mark();
		request.configureExecutionInput((input, builder) -> {
			input.getGraphQLContext().put(KEY, mark);
			return input;
		});
		return mark;
	}

	@Override
	public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var context = parameters.getExecutionContext();
		Mark mark = context.getGraphQLContext().get(KEY);
		if (mark != null && context.getOperationDefinition().getOperation() == OperationDefinition.Operation.QUERY) {
			mark.query = true;
		}
		return SimpleInstrumentationContext.noOp();
	}

	/** Whether the execution ran a query operation. */
	static final class Mark {

		private volatile boolean query;

		boolean isQuery() {
			return this.query;
		}

	}

}
