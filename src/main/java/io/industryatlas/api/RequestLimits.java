package io.industryatlas.api;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.TimeoutWebGraphQlInterceptor;

/**
 * Limits on what one GraphQL request may ask for: depth, complexity and aliases (graphql-
 * java's own instrumentations where it has one). A request over a limit is refused before
 * anything runs, with a BAD_REQUEST error that names the limit.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimits {

	@Bean
	Instrumentation maxDepth(ApiProperties properties) {
		return new MaxQueryDepthInstrumentation(properties.limits().maxDepth()) {
			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return refused("maxDepth",
						"The query is nested %d levels deep; at most %d are allowed".formatted(depth, maxDepth));
			}
		};
	}

	@Bean
	Instrumentation maxComplexity(ApiProperties properties) {
		return new MaxQueryComplexityInstrumentation(properties.limits().maxComplexity()) {
			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				return refused("maxComplexity",
						"The query asks for %d fields; at most %d are allowed".formatted(complexity, maxComplexity));
			}
		};
	}

	@Bean
	Instrumentation maxAliases(ApiProperties properties) {
		return new MaxAliases(properties.limits().maxAliases());
	}

	/**
	 * The caller waits at most the request timeout (HTTP 408 after it). Synchronous data
	 * fetchers cannot be interrupted from here: the database's transaction timeout is
	 * what stops their work, a little earlier.
	 */
	@Bean
	TimeoutWebGraphQlInterceptor requestTimeout(ApiProperties properties) {
		return new TimeoutWebGraphQlInterceptor(properties.limits().requestTimeout());
	}

	static AbortExecutionException refused(String limit, String message) {
		return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
			.errorType((ErrorClassification) ErrorType.BAD_REQUEST)
			.message(message)
			.extensions(java.util.Map.of("limit", limit))
			.build()));
	}

	/** Counts the aliased fields of the operation, fragments included. */
	static final class MaxAliases extends SimplePerformantInstrumentation {

		private final int max;

		MaxAliases(int max) {
			this.max = max;
		}

		@Override
		public @Nullable InstrumentationContext<ExecutionResult> beginExecuteOperation(
				InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
			ExecutionContext context = parameters.getExecutionContext();
			AtomicInteger aliases = new AtomicInteger();
			QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(context.getDocument())
				.operationName(context.getExecutionInput().getOperationName())
				.coercedVariables(context.getCoercedVariables())
				.build()
				.visitPreOrder(new QueryVisitorStub() {
					@Override
					public void visitField(graphql.analysis.QueryVisitorFieldEnvironment env) {
						if (env.getField().getAlias() != null) {
							aliases.incrementAndGet();
						}
					}
				});
			if (aliases.get() > this.max) {
				throw refused("maxAliases",
						"The query uses %d aliases; at most %d are allowed".formatted(aliases.get(), this.max));
			}
			return SimpleInstrumentationContext.noOp();
		}

	}

}
