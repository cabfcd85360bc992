package io.industryatlas.export;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The {@code Content-Disposition} of an export: an attachment whose name says what it
 * holds, e.g. {@code park-tenants-利民生物医药产业园.csv}. The name goes in RFC 5987's
 * {@code filename*} (UTF-8, percent-encoded), and in plain {@code filename} as ASCII for
 * clients that only read that one
 * ({@code park-tenants-limin-biomedicine-industrial-park.csv}).
 */
final class FileNames {

	private static final int MAX_LENGTH = 120;

	private static final String ATTR_CHARS = "!#$&+-.^_`|~";

	private FileNames() {
	}

	/**
	 * @param given the list's parameters as given
	 * @param title the name of what the list belongs to (a park's name), if known: it
	 * stands for the first required parameter (the id) in the UTF-8 name
	 */
	static String attachment(ExportList list, Map<String, List<String>> given, @Nullable String title,
			ExportFormat format) {
		List<String> ascii = new ArrayList<>(List.of(list.name()));
		List<String> unicode = new ArrayList<>(List.of(list.name()));
		boolean titled = false;
		for (Param param : list.params()) {
			List<String> values = given.get(param.name());
			if (values == null) {
				continue;
			}
			String value = String.join("+", values);
			String plain = asciiOnly(value);
			if (!plain.isEmpty()) {
				ascii.add(plain);
			}
			if (!titled && param.required() && title != null && !title.isBlank()) {
				unicode.add(title);
				titled = true;
			}
			else {
				unicode.add(value);
			}
		}
		String plain = shorten(String.join("-", ascii));
		String full = shorten(safe(String.join("-", unicode)));
		return "attachment; filename=\"%s.%s\"; filename*=UTF-8''%s".formatted(plain, format.extension(),
				encode(full + "." + format.extension()));
	}

	/** No path separators, reserved or control characters, in any file system. */
	static String safe(String name) {
		return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\s+", "_");
	}

	static String asciiOnly(String name) {
		return name.replaceAll("[^A-Za-z0-9._+-]", "_").replaceAll("_+", "_").replaceAll("^_|_$", "");
	}

	private static String shorten(String name) {
		return (name.codePointCount(0, name.length()) <= MAX_LENGTH) ? name
				: name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH));
	}

	/** RFC 5987 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
	static String encode(String name) {
		StringBuilder out = new StringBuilder();
		for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xFF);
			if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
					|| ATTR_CHARS.indexOf(c) >= 0) {
				out.append(c);
			}
			else {
				out.append('%').append(String.format("%02X", b & 0xFF));
			}
		}
		return out.toString();
	}

}
