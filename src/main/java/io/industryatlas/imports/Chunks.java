package io.industryatlas.imports;

import java.util.ArrayList;
import java.util.List;

/** Lists cut into the batches one statement takes ({@code atlas.import.batch-size}). */
final class Chunks {

	private Chunks() {
	}

	/** {@code list} in consecutive pieces of at most {@code size} elements. */
	static <T> List<List<T>> of(List<T> list, int size) {
		List<List<T>> chunks = new ArrayList<>();
		for (int from = 0; from < list.size(); from += size) {
			chunks.add(list.subList(from, Math.min(list.size(), from + size)));
		}
		return chunks;
	}

	/**
	 * Locks are taken in code order, whatever the order of the file, so that two imports
	 * never wait for each other in a circle; progress is counted in rows.
	 * @return the distinct codes, sorted
	 */
	static List<String> lockOrder(List<String> codes) {
		return codes.stream().filter(code -> !code.isEmpty()).distinct().sorted().toList();
	}

	/** How many of {@code rows} rows {@code done} of {@code total} look-ups stand for. */
	static int rowsDone(int done, int total, int rows) {
		return (total == 0) ? rows : (int) ((long) done * rows / total);
	}

}
