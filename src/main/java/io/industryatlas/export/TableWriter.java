package io.industryatlas.export;

import java.io.IOException;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Writes one table, row by row, to a stream: the header first, then the rows. */
interface TableWriter {

	void header(List<String> names) throws IOException;

	/** Cells are Strings, Numbers, Booleans or null (empty). */
	void row(List<@Nullable Object> cells) throws IOException;

	/** Writes what is left and ends the file (the stream stays open). */
	void finish() throws IOException;

}
