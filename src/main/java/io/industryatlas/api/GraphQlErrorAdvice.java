package io.industryatlas.api;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;

/** Turns the API's own exceptions into classified GraphQL errors with a clear message. */
@ControllerAdvice
class GraphQlErrorAdvice {

	@GraphQlExceptionHandler
	GraphQLError badInput(BadInputException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.BAD_REQUEST)
			.message(ex.getMessage())
			.extensions(Map.of("argument", ex.argument()))
			.build();
	}

	@GraphQlExceptionHandler
	GraphQLError notFound(NotFoundException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env).errorType(ErrorType.NOT_FOUND).message(ex.getMessage()).build();
	}

	/**
	 * Spring for GraphQL's own resolver would say only "Forbidden": the message says what
	 * was refused and why.
	 */
	@GraphQlExceptionHandler
	GraphQLError accessDenied(AccessDeniedException ex, DataFetchingEnvironment env) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken;
		return GraphqlErrorBuilder.newError(env)
			.errorType(anonymous ? ErrorType.UNAUTHORIZED : ErrorType.FORBIDDEN)
			.message(anonymous ? "Log in to do this: " + ex.getMessage() : ex.getMessage())
			.build();
	}

	@GraphQlExceptionHandler
	List<GraphQLError> invalidInput(InvalidInputException ex, DataFetchingEnvironment env) {
		return ex.problems()
			.stream()
			.map(problem -> GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(problem.field() + ": " + problem.message())
				.extensions(Map.of("field", problem.field()))
				.build())
			.toList();
	}

	@GraphQlExceptionHandler
	GraphQLError conflict(ConflictException ex, DataFetchingEnvironment env) {
		return GraphqlErrorBuilder.newError(env)
			.errorType(AtlasErrorType.CONFLICT)
			.message(ex.getMessage())
			.extensions(Map.of("id", ex.id(), "expectedVersion", ex.expected(), "actualVersion", ex.actual()))
			.build();
	}

}
