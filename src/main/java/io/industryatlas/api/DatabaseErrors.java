package io.industryatlas.api;

import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.exceptions.Neo4jException;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Database refusals a caller can act on, as classified errors without Cypher or stack
 * traces: a transaction the database stopped at its timeout (TIMEOUT), and a unique value
 * taken by a concurrent write (BAD_REQUEST). Anything else stays an INTERNAL_ERROR.
 */
@Component
class DatabaseErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected @Nullable GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		Neo4jException cause = neo4jCause(ex);
		if (cause == null) {
			return null;
		}
		String code = cause.code();
		// A timed-out transaction reports whatever it was doing when stopped: running, or
		// waiting for a lock.
		if (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
				|| code.endsWith("Transaction.LockClientStopped") || code.contains("LockAcquisitionTimeout")) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(AtlasErrorType.TIMEOUT)
				.message("The request took too long and was stopped; nothing was written. Try again, "
						+ "or ask for less (smaller pages, fewer fields).")
				.build();
		}
		if (code.endsWith("Schema.ConstraintValidationFailed")) {
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message("Someone else has just written the same unique value (such as a credit code); "
						+ "nothing was written. Read again and retry.")
				.extensions(Map.of("reason", "unique"))
				.build();
		}
		return null;
	}

	private static @Nullable Neo4jException neo4jCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof Neo4jException neo4j && neo4j.code() != null) {
				return neo4j;
			}
		}
		return null;
	}

}
