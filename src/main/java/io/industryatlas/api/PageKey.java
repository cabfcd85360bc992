package io.industryatlas.api;

import org.jspecify.annotations.Nullable;

/**
 * The key of a paged nested list in a DataLoader: the parent, the page, and an optional
 * filter (e.g. an area). Parents asking for the same page and filter are loaded with one
 * query.
 *
 * @param parent the parent's key
 * @param page the page
 * @param filter the filter, or null
 */
public record PageKey<K>(K parent, Page page, @Nullable Object filter) {

	public PageKey(K parent, Page page) {
		this(parent, page, null);
	}

}
