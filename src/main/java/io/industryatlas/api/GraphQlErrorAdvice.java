package io.industryatlas.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Turns the API's own exceptions into classified GraphQL errors with a clear message. */
@ControllerAdvice
class GraphQlErrorAdvice {

	@GraphQlExceptionHandler
	GraphQLError badInput(BadInputException ex, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.extensions(Map.of("argument", ex.argument()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return GraphQLError.newError()
			.errorType(ErrorType.NOT_FOUND)
			.message(ex.getMessage())
			.path(env.getExecutionStepInfo().getPath())
			.location(env.getField().getSourceLocation())
			.build();
	}

}
