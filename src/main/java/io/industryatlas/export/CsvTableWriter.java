package io.industryatlas.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * CSV as RFC 4180 (comma, CRLF, quotes where needed) in UTF-8 with a byte-order mark,
 * without which Excel reads UTF-8 as the local code page and garbles Chinese.
 */
final class CsvTableWriter implements TableWriter {

	private final Writer writer;

	private final CSVPrinter printer;

	CsvTableWriter(OutputStream out) throws IOException {
		this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		this.writer.write('\uFEFF');
		this.printer = new CSVPrinter(this.writer, CSVFormat.RFC4180);
	}

	@Override
	public void header(List<String> names) throws IOException {
		this.printer.printRecord(names);
	}

	@Override
	public void row(List<@Nullable Object> cells) throws IOException {
		for (Object cell : cells) {
			this.printer.print(text(cell));
		}
		this.printer.println();
	}

	@Override
	public void finish() throws IOException {
		this.printer.flush();
		this.writer.flush();
	}

	static String text(@Nullable Object cell) {
		if (cell == null) {
			return "";
		}
		if (cell instanceof BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (cell instanceof Double number) {
			return BigDecimal.valueOf(number).toPlainString();
		}
		if (cell instanceof String text) {
			return neutralized(text);
		}
		return String.valueOf(cell);
	}

	/**
	 * A spreadsheet opening a CSV runs text starting with = + - @ (or a tab or CR before
	 * one) as a formula; a leading apostrophe makes it plain text there, as OWASP advises
	 * against CSV injection. Numbers are never text, so they are left alone.
	 */
	static String neutralized(String text) {
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			return "'" + text;
		}
		return text;
	}

}
