package io.industryatlas.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * A seed file's statements: each ends with {@code ;} at the end of a line; whole-line
 * {@code //} comments are dropped.
 */
final class CypherScript {

	private CypherScript() {
	}

	static List<String> statements(String script) {
		List<String> statements = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : script.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.startsWith("//") || (trimmed.isEmpty() && current.isEmpty())) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				String statement = current.toString().strip();
				statements.add(statement.substring(0, statement.length() - 1).strip());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			throw new IllegalArgumentException(
					"The last statement does not end with ';': " + current.toString().strip());
		}
		return statements;
	}

}
