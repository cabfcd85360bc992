package io.industryatlas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One list the UI shows, as an export: a GraphQL document of the public API, the path to
 * its rows, its parameters and its columns.
 *
 * <p>
 * The rows path names fields from the document's root down to the rows, e.g.
 * {@code region.enterprises}. Every list or connection on the way is a level: a row is
 * one item of each level (e.g. a gap link and one of its candidates), and a column reads
 * from the innermost item unless it goes out ({@code ^}). At most one connection may be
 * on the way: it is paged through with {@code $first}/{@code $after}, for each item of
 * the levels above it in turn.
 *
 * @param name the list's name in the URL, e.g. {@code region-enterprises}
 * @param title an English title (the XLSX sheet's name)
 * @param titleZh a Chinese title
 * @param params the query parameters
 * @param document the GraphQL document, with the fragments it uses
 * @param rows the path to the rows
 * @param fileTitle where in the response the name for the file is (e.g.
 * {@code park.name}), if anywhere
 * @param columns the columns, in order
 */
record ExportList(String name, String title, String titleZh, List<Param> params, String document, String rows,
		@Nullable String fileTitle, List<Column> columns) {

	/** Whether the document pages a connection (declares {@code $after}). */
	boolean paged() {
		return this.document.contains("$after");
	}

	List<String> rowPath() {
		return Arrays.asList(this.rows.split("\\."));
	}

	Optional<Param> param(String name) {
		return this.params.stream().filter(p -> p.name().equals(name)).findFirst();
	}

	static Builder named(String name, String title, String titleZh) {
		return new Builder(name, title, titleZh);
	}

	static final class Builder {

		private final String name;

		private final String title;

		private final String titleZh;

		private final List<Param> params = new ArrayList<>();

		private final List<Column> columns = new ArrayList<>();

		private String document = "";

		private String rows = "";

		private @Nullable String fileTitle;

		private Builder(String name, String title, String titleZh) {
			this.name = name;
			this.title = title;
			this.titleZh = titleZh;
		}

		Builder params(Param... params) {
			this.params.addAll(List.of(params));
			return this;
		}

		Builder document(String document) {
			this.document = Fragments.complete(document);
			return this;
		}

		Builder rows(String rows) {
			this.rows = rows;
			return this;
		}

		Builder fileTitle(String path) {
			this.fileTitle = path;
			return this;
		}

		Builder columns(List<Column> columns) {
			this.columns.addAll(columns);
			return this;
		}

		Builder columns(Column... columns) {
			return columns(List.of(columns));
		}

		ExportList build() {
			return new ExportList(this.name, this.title, this.titleZh, List.copyOf(this.params), this.document,
					this.rows, this.fileTitle, List.copyOf(this.columns));
		}

	}

}
