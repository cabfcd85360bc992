package io.industryatlas.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.schema.SelectedField;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.graphql.data.query.ScrollSubrange;
import org.springframework.stereotype.Component;

/**
 * Turns the {@code first}/{@code after}/{@code last}/{@code before} arguments of a
 * connection into a {@link Page}, refusing page sizes over the cap.
 */
@Component
public class Pages {

	private final ApiProperties properties;

	Pages(ApiProperties properties) {
		this.properties = properties;
	}

	public Page of(ScrollSubrange subrange) {
		if (!subrange.forward() && subrange.position().isEmpty()) {
			throw new BadInputException("last", "'last' needs a 'before' cursor: pages are counted from the start");
		}
		int size = subrange.count().orElse(this.properties.defaultPageSize());
		String argument = subrange.forward() ? "first" : "last";
		if (size < 0) {
			throw new BadInputException(argument, "'%s' must not be negative, got %d".formatted(argument, size));
		}
		if (size > this.properties.maxPageSize()) {
			throw new BadInputException(argument,
					"'%s' must be at most %d, got %d".formatted(argument, this.properties.maxPageSize(), size));
		}
		long skip = subrange.position()
			.map(position -> (position instanceof OffsetScrollPosition offset) ? offset : null)
			.map(offset -> offset.isInitial() ? 0 : offset.getOffset() + 1)
			.orElse(0L);
		return new Page(skip, size);
	}

	/**
	 * The page that connection fields selected under a parent ask for, when it can be
	 * folded into the parent's query: every selection of the field (aliases included)
	 * asks for the same first page ({@code first} alone, within the cap). Otherwise
	 * empty, and the field loads its page itself (and reports bad arguments itself).
	 */
	public Optional<Page> firstPage(List<SelectedField> fields) {
		List<Map<String, Object>> arguments = fields.stream().map(SelectedField::getArguments).distinct().toList();
		if (arguments.size() != 1) {
			return Optional.empty();
		}
		Map<String, Object> only = arguments.get(0);
		for (String argument : List.of("after", "last", "before")) {
			if (only.get(argument) != null) {
				return Optional.empty();
			}
		}
		Object first = only.get("first");
		int size = (first instanceof Integer count) ? count : this.properties.defaultPageSize();
		if (first != null && !(first instanceof Integer) || size < 0 || size > this.properties.maxPageSize()) {
			return Optional.empty();
		}
		return Optional.of(new Page(0, size));
	}

}
