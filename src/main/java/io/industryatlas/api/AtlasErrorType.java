package io.industryatlas.api;

import graphql.ErrorClassification;

/** Error classifications beyond Spring for GraphQL's {@code ErrorType}. */
public enum AtlasErrorType implements ErrorClassification {

	/** A write from an outdated version (optimistic locking). */
	CONFLICT,

	/** The request ran out of time and was stopped. */
	TIMEOUT

}
