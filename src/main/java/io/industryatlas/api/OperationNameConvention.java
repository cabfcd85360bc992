package io.industryatlas.api;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.language.OperationDefinition;
import io.micrometer.common.KeyValues;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * Tags the {@code graphql.request} timer with the operation's name
 * ({@code graphql.operation.name}), so that latency and errors can be read per query, and
 * with the classification of its first error ({@code graphql.error.classification}).
 * Spring for GraphQL keeps the name out of its metrics, since clients choose it: here the
 * first {@link #MAX_NAMES} distinct names of executed operations are kept and any later
 * one is counted as {@value #OTHER}, so no client can grow the number of series without
 * bound.
 * <p>
 * The name is the executed operation's (the UI names its queries but does not send
 * {@code operationName}). Before execution begins, and for a request refused or invalid
 * before it, only the request's {@code operationName} is known: it is used if it is one
 * of the names kept, {@value #OTHER} if not, {@value #ANONYMOUS} if there is none; so
 * {@code graphql.request.active} (requests in flight) names an operation only for clients
 * that send {@code operationName}. Boot's GraphQL instrumentation takes this convention
 * as a bean.
 */
@Component
class OperationNameConvention extends DefaultExecutionRequestObservationConvention {

	static final String KEY = "graphql.operation.name";

	static final String CLASSIFICATION_KEY = "graphql.error.classification";

	static final String NONE = "NONE";

	static final int MAX_NAMES = 100;

	static final String OTHER = "OTHER";

	static final String ANONYMOUS = "anonymous";

	/** A GraphQL name, and not a long one. */
	private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

	private final Set<String> names = ConcurrentHashMap.newKeySet();

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		ExecutionContext execution = context.getExecutionContext();
		OperationDefinition operation = (execution != null) ? execution.getOperationDefinition() : null;
		String name = (operation != null) ? tagValue(operation.getName(), true)
				: tagValue(context.getExecutionInput().getOperationName(), false);
		return super.getLowCardinalityKeyValues(context).and(KEY, name)
			.and(CLASSIFICATION_KEY, classification(context.getExecutionResult()));
	}

	/**
	 * The classification of the answer's first error (BAD_REQUEST, NOT_FOUND, TIMEOUT,
	 * graphql-java's ValidationError...), {@value #NONE} without one: the names of enum
	 * constants, a fixed set.
	 */
	static String classification(@Nullable ExecutionResult result) {
		if (result == null || result.getErrors().isEmpty()) {
			return NONE;
		}
		ErrorClassification type = result.getErrors().get(0).getErrorType();
		return (type instanceof Enum<?> constant) ? constant.name() : OTHER;
	}

	/**
	 * The tag for a name: itself if it is among the names kept, or may join them
	 * ({@code admit}: only the names of operations that ran do).
	 */
	String tagValue(@Nullable String name, boolean admit) {
		if (name == null || name.isEmpty()) {
			return ANONYMOUS;
		}
		if (!NAME.matcher(name).matches()) {
			return OTHER;
		}
		if (this.names.contains(name)) {
			return name;
		}
		synchronized (this.names) {
			if (admit && this.names.size() < MAX_NAMES) {
				this.names.add(name);
				return name;
			}
		}
		return OTHER;
	}

}
