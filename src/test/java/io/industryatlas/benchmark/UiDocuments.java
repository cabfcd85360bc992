package io.industryatlas.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The GraphQL documents the web UI sends, read from its sources ({@code frontend/src},
 * every {@code graphql(`...`)} call), each operation with the fragments it spreads
 * appended, as the UI's generated code sends it. Reading them from the UI rather than
 * copying them keeps the load benchmark's mix the UI's real requests.
 */
final class UiDocuments {

	private static final Pattern DOCUMENT = Pattern.compile("graphql\\(\\s*`([^`]*)`\\s*\\)");

	private static final Pattern DEFINITION = Pattern.compile("^\\s*(query|fragment)\\s+(\\w+)");

	private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.\\s*(\\w+)");

	private final Map<String, String> operations;

	private final Map<String, String> fragments;

	private UiDocuments(Map<String, String> operations, Map<String, String> fragments) {
		this.operations = operations;
		this.fragments = fragments;
	}

	/** The documents of the UI's sources under {@code directory}. */
	static UiDocuments read(Path directory) {
		Map<String, String> operations = new LinkedHashMap<>();
		Map<String, String> fragments = new LinkedHashMap<>();
		try (Stream<Path> files = Files.walk(directory)) {
			for (Path file : files
				.filter(f -> f.toString().matches(".*\\.tsx?$") && !f.startsWith(directory.resolve("gql")))
				.sorted()
				.toList()) {
				Matcher document = DOCUMENT.matcher(Files.readString(file));
				while (document.find()) {
					String text = document.group(1).strip();
					Matcher definition = DEFINITION.matcher(text);
					if (!definition.find()) {
						throw new IllegalStateException("Neither a query nor a fragment in " + file + ": " + text);
					}
					(definition.group(1).equals("query") ? operations : fragments).put(definition.group(2), text);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new UiDocuments(operations, fragments);
	}

	/** The names of the UI's queries. */
	Set<String> operationNames() {
		return this.operations.keySet();
	}

	/** The query {@code name} with every fragment it spreads, directly or not. */
	String document(String name) {
		String operation = this.operations.get(name);
		if (operation == null) {
			throw new IllegalArgumentException("The UI sends no query " + name + "; it sends " + operationNames());
		}
		Set<String> needed = new LinkedHashSet<>();
		collectSpreads(operation, needed);
		StringBuilder document = new StringBuilder(operation);
		needed.forEach(fragment -> document.append("\n\n").append(this.fragments.get(fragment)));
		return document.toString();
	}

	private void collectSpreads(String text, Set<String> needed) {
		Matcher spread = SPREAD.matcher(text);
		while (spread.find()) {
			String name = spread.group(1);
			String fragment = this.fragments.get(name);
			if (fragment == null) {
				throw new IllegalStateException("Fragment " + name + " is not defined in the UI's sources");
			}
			if (needed.add(name)) {
				collectSpreads(fragment, needed);
			}
		}
	}

}
