package io.industryatlas.api;

import java.util.List;
import java.util.Map;

import org.springframework.data.domain.OffsetScrollPosition;
import org.springframework.data.domain.Window;

/**
 * One page of an ordered list: skip {@code skip} items, return up to {@code size}.
 * Queries fetch {@code size + 1} rows so that the window knows whether more follow.
 *
 * @param skip items before the page
 * @param size items on the page
 */
public record Page(long skip, int size) {

	/** The Cypher parameters {@code skip} and {@code fetch} (= size + 1). */
	public Map<String, Object> parameters() {
		return Map.of("skip", this.skip, "fetch", this.size + 1);
	}

	/** The window for rows fetched with {@link #parameters()}. */
	public <T> Window<T> window(List<T> fetched) {
		boolean hasNext = fetched.size() > this.size;
		List<T> content = hasNext ? fetched.subList(0, this.size) : fetched;
		return Window.from(content, OffsetScrollPosition.positionFunction(this.skip), hasNext);
	}

}
