package io.industryatlas.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.validation.ValidationError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.ExecutionGraphQlResponse;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.http.HttpStatus;

/**
 * The GraphQL requests of one export, run in-process through the same
 * {@link ExecutionGraphQlService} as {@code POST /graphql} (so paging, limits and errors
 * are the API's): the first page, checked before anything is written, then every further
 * page of the list's connection, row by row.
 */
final class ListQuery {

	private static final AtomicLong IDS = new AtomicLong();

	/** Receives each row: one item per level of the rows path, outermost first. */
	interface RowSink {

		void row(List<Object> levels) throws IOException;

	}

	private final ExecutionGraphQlService service;

	private final ExportList list;

	private final Map<String, Object> variables;

	private final Map<String, String> filters;

	private final int pageSize;

	private final Locale locale;

	private final List<String> path;

	private @Nullable Map<String, Object> first;

	private int requests;

	private long rows;

	/**
	 * @param variables the list's GraphQL variables, without paging
	 * @param filters for each filter's path, the value an outermost item must have
	 * @param pageSize the page size asked for (the API's largest)
	 */
	ListQuery(ExecutionGraphQlService service, ExportList list, Map<String, Object> variables,
			Map<String, String> filters, int pageSize, Locale locale) {
		this.service = service;
		this.list = list;
		this.variables = variables;
		this.filters = filters;
		this.pageSize = pageSize;
		this.locale = locale;
		this.path = list.rowPath();
	}

	/**
	 * Runs the first request. The API's errors become an {@link ExportException} with the
	 * matching status (BAD_REQUEST 400, NOT_FOUND 404, ...), as does a missing root (an
	 * unknown id).
	 * @return the first response's data
	 */
	Map<String, Object> start() {
		Map<String, Object> data = execute(null, true);
		if (data.get(this.path.get(0)) == null) {
			String keys = this.list.params()
				.stream()
				.filter(Param::required)
				.map(p -> "'" + this.variables.getOrDefault(p.name(), "") + "'")
				.collect(Collectors.joining(", "));
			throw new ExportException(HttpStatus.NOT_FOUND, "No %s %s".formatted(this.path.get(0), keys));
		}
		this.first = data;
		return data;
	}

	/** Walks every row, fetching further pages as needed; {@link #start()} first. */
	void rows(RowSink sink) throws IOException {
		Map<String, Object> data = Objects.requireNonNull(this.first, "start() first");
		walk(data, 0, List.of(), List.of(), sink);
	}

	int requests() {
		return this.requests;
	}

	long rowCount() {
		return this.rows;
	}

	private void walk(Map<?, ?> object, int segment, List<Object> levels, List<Object> trail, RowSink sink)
			throws IOException {
		String field = this.path.get(segment);
		Object value = object.get(field);
		List<Object> here = append(trail, field);
		boolean last = segment == this.path.size() - 1;
		if (value == null) {
			return;
		}
		if (value instanceof List<?> items) {
			for (int i = 0; i < items.size(); i++) {
				visit(items.get(i), segment, levels, append(here, i), last, sink);
			}
		}
		else if (isConnection(value)) {
			if (!this.list.paged() || trail.contains("edges")) {
				throw new IllegalStateException(
						"List %s: a connection at '%s' that it cannot page through".formatted(this.list.name(), field));
			}
			Map<?, ?> connection = (Map<?, ?>) value;
			while (true) {
				List<?> edges = (List<?>) connection.get("edges");
				for (int i = 0; i < edges.size(); i++) {
					Object node = ((Map<?, ?>) edges.get(i)).get("node");
					visit(node, segment, levels, append(append(append(here, "edges"), i), "node"), last, sink);
				}
				Map<?, ?> pageInfo = (Map<?, ?>) connection.get("pageInfo");
				if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
					break;
				}
				connection = nextPage(here, (String) pageInfo.get("endCursor"));
			}
		}
		else if (value instanceof Map<?, ?> map && !last) {
			walk(map, segment + 1, levels, here, sink);
		}
		else {
			throw new IllegalStateException(
					"List %s: its rows path must end at a list, '%s' is not one".formatted(this.list.name(), field));
		}
	}

	private void visit(@Nullable Object item, int segment, List<Object> levels, List<Object> trail, boolean last,
			RowSink sink) throws IOException {
		if (item == null || (levels.isEmpty() && !kept(item))) {
			return;
		}
		List<Object> inner = append(levels, item);
		if (last) {
			sink.row(inner);
			this.rows++;
		}
		else {
			walk((Map<?, ?>) item, segment + 1, inner, trail, sink);
		}
	}

	private boolean kept(Object item) {
		return this.filters.entrySet()
			.stream()
			.allMatch(filter -> filter.getValue().equals(Fields.text(Fields.read(item, filter.getKey()))));
	}

	/**
	 * The next page of the connection at the trail. The whole document runs again with
	 * {@code after}; the items above the connection are found again by their index, and
	 * must be the same items (they are in a stable order), or the export stops.
	 */
	private Map<?, ?> nextPage(List<Object> trail, String after) {
		Map<String, Object> data = execute(after, false);
		Object original = this.first;
		Object fresh = data;
		for (int i = 0; i < trail.size(); i++) {
			Object step = trail.get(i);
			if (step instanceof Integer index) {
				List<?> before = (List<?>) original;
				List<?> now = (List<?>) fresh;
				List<Object> rest = trail.subList(i + 1, trail.size());
				if (now == null || index >= now.size()
						|| !Objects.equals(without(before.get(index), rest), without(now.get(index), rest))) {
					throw new IllegalStateException(
							"List %s changed while it was exported (at %s)".formatted(this.list.name(), trail));
				}
				original = before.get(index);
				fresh = now.get(index);
			}
			else {
				original = (original != null) ? ((Map<?, ?>) original).get(step) : null;
				fresh = (fresh != null) ? ((Map<?, ?>) fresh).get(step) : null;
			}
		}
		if (!isConnection(fresh)) {
			throw new IllegalStateException(
					"List %s: no page after '%s' at %s".formatted(this.list.name(), after, trail));
		}
		return (Map<?, ?>) fresh;
	}

	/** The value with what lies at the path (a connection being paged) left out. */
	private static @Nullable Object without(@Nullable Object value, List<Object> path) {
		if (path.isEmpty() || value == null) {
			return null;
		}
		Object step = path.get(0);
		if (step instanceof Integer index && value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list);
			copy.set(index, without(list.get(index), path.subList(1, path.size())));
			return copy;
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>(map);
			copy.put(step, without(map.get(step), path.subList(1, path.size())));
			return copy;
		}
		return value;
	}

	private Map<String, Object> execute(@Nullable String after, boolean firstPage) {
		Map<String, Object> variables = new LinkedHashMap<>(this.variables);
		if (this.list.paged()) {
			variables.put("first", this.pageSize);
			if (after != null) {
				variables.put("after", after);
			}
		}
		DefaultExecutionGraphQlRequest request = new DefaultExecutionGraphQlRequest(this.list.document(), null,
				variables, Map.of(), "export-" + IDS.incrementAndGet(), this.locale);
		this.requests++;
		ExecutionGraphQlResponse response = this.service.execute(request).block();
		if (response == null) {
			throw new IllegalStateException("No response to the GraphQL request of list " + this.list.name());
		}
		List<GraphQLError> errors = response.getExecutionResult().getErrors();
		Map<String, Object> data = response.getData();
		if (!errors.isEmpty() || data == null) {
			ExportException refused = refusal(errors);
			if (firstPage) {
				throw refused;
			}
			// Rows are already written: the response cannot say so any more; the stream
			// stops.
			throw new IllegalStateException("List %s: %s".formatted(this.list.name(), refused.getMessage()));
		}
		return data;
	}

	private ExportException refusal(List<GraphQLError> errors) {
		String message = errors.stream().map(GraphQLError::getMessage).distinct().collect(Collectors.joining("; "));
		if (errors.isEmpty()) {
			return new ExportException(HttpStatus.INTERNAL_SERVER_ERROR, "The API returned no data");
		}
		GraphQLError error = errors.get(0);
		if (error instanceof ValidationError) {
			// The document itself does not fit the schema: the export's fault, not the
			// caller's.
			return new ExportException(HttpStatus.INTERNAL_SERVER_ERROR,
					"The export of %s is out of date with the API: %s".formatted(this.list.name(), message));
		}
		return new ExportException(status(error.getErrorType()), message);
	}

	private static HttpStatus status(@Nullable ErrorClassification classification) {
		if (classification == ErrorType.BAD_REQUEST || classification == graphql.ErrorType.ValidationError) {
			return HttpStatus.BAD_REQUEST;
		}
		if (classification == ErrorType.NOT_FOUND) {
			return HttpStatus.NOT_FOUND;
		}
		if (classification == ErrorType.UNAUTHORIZED) {
			return HttpStatus.UNAUTHORIZED;
		}
		if (classification == ErrorType.FORBIDDEN) {
			return HttpStatus.FORBIDDEN;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static boolean isConnection(@Nullable Object value) {
		return value instanceof Map<?, ?> map && map.containsKey("edges") && map.containsKey("pageInfo");
	}

	private static List<Object> append(List<Object> list, Object item) {
		List<Object> out = new ArrayList<>(list.size() + 1);
		out.addAll(list);
		out.add(item);
		return out;
	}

}
