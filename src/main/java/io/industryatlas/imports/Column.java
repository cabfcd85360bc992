package io.industryatlas.imports;

import java.util.List;
import java.util.Locale;

/**
 * A column an import reads.
 *
 * @param key its name in the header and in the problems of the report, e.g. {@code uscc}
 * @param required whether the header must have it (an optional column that is left out
 * leaves what it would set as it is)
 * @param date whether it holds dates (ISO yyyy-mm-dd text, or Excel date cells)
 * @param aliases other names the header may give it, e.g. {@code 统一社会信用代码}
 */
record Column(String key, boolean required, boolean date, List<String> aliases) {

	static Column required(String key, String... aliases) {
		return new Column(key, true, false, List.of(aliases));
	}

	static Column optional(String key, String... aliases) {
		return new Column(key, false, false, List.of(aliases));
	}

	Column dates() {
		return new Column(this.key, this.required, true, this.aliases);
	}

	/** Whether a header cell names this column. */
	boolean named(String header) {
		String name = normalize(header);
		return name.equals(normalize(this.key)) || this.aliases.stream().map(Column::normalize).anyMatch(name::equals);
	}

	/**
	 * Headers compared without case, blanks, '_' and '-', and without the '*' that marks
	 * required columns in many templates.
	 */
	static String normalize(String header) {
		return header.replace("\uFEFF", "").replaceAll("[\\s_\\-*＊]", "").toLowerCase(Locale.ROOT);
	}

}
