package io.industryatlas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads values out of a GraphQL response (maps, lists and scalars) by a dotted path, e.g.
 * {@code region.code}. Through a list the path reads every element (so
 * {@code gapLinks.name} is the list of names), and a segment may pick the elements of a
 * list by a field, e.g. {@code scoring[factor=CHAIN_LEADER].points}.
 */
final class Fields {

	private static final Pattern SEGMENT = Pattern
		.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([A-Za-z0-9_.]+)=([^\\]]*)\\])?");

	/**
	 * Paths parsed once: a few hundred distinct ones (the columns), read for every row.
	 */
	private static final Map<String, List<Segment>> PARSED = new ConcurrentHashMap<>();

	private Fields() {
	}

	/**
	 * One step of a path: a field name, and optionally a filter on its list's elements.
	 */
	record Segment(String name, @Nullable String filterPath, @Nullable String filterValue) {
	}

	static List<Segment> parse(String path) {
		return PARSED.computeIfAbsent(path, Fields::segments);
	}

	private static List<Segment> segments(String path) {
		List<Segment> segments = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i <= path.length(); i++) {
			char c = (i < path.length()) ? path.charAt(i) : '.';
			if (c == '[') {
				depth++;
			}
			else if (c == ']') {
				depth--;
			}
			else if (c == '.' && depth == 0) {
				String text = path.substring(start, i);
				Matcher matcher = SEGMENT.matcher(text);
				if (!matcher.matches()) {
					throw new IllegalArgumentException("Bad segment '%s' in path '%s'".formatted(text, path));
				}
				segments.add(new Segment(matcher.group(1), matcher.group(2), matcher.group(3)));
				start = i + 1;
			}
		}
		return List.copyOf(segments);
	}

	/**
	 * The value at the path: a scalar, a map, null, or a list when the path went through
	 * a list (nulls left out, nested lists flattened).
	 */
	static @Nullable Object read(@Nullable Object value, List<Segment> path) {
		return read(value, path, 0);
	}

	static @Nullable Object read(@Nullable Object value, String path) {
		return read(value, parse(path), 0);
	}

	private static @Nullable Object read(@Nullable Object value, List<Segment> path, int from) {
		if (value == null || from == path.size()) {
			return value;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			for (Object element : list) {
				Object read = read(element, path, from);
				if (read instanceof List<?> inner) {
					out.addAll(inner);
				}
				else if (read != null) {
					out.add(read);
				}
			}
			return out;
		}
		if (!(value instanceof Map<?, ?> map)) {
			return null;
		}
		Segment segment = path.get(from);
		Object next = map.get(segment.name());
		if (segment.filterPath() != null && next instanceof List<?> list) {
			List<Segment> filter = parse(segment.filterPath());
			next = list.stream()
				.filter(element -> Objects.equals(text(read(element, filter, 0)), segment.filterValue()))
				.toList();
		}
		return read(next, path, from + 1);
	}

	/** A scalar as text; a list as its elements' text joined by "; ". */
	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof List<?> list) {
			List<String> parts = new ArrayList<>();
			for (Object element : list) {
				String part = text(element);
				if (part != null && !part.isEmpty()) {
					parts.add(part);
				}
			}
			return String.join("; ", parts);
		}
		return String.valueOf(value);
	}

}
