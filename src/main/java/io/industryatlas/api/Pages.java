package io.industryatlas.api;

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

}
