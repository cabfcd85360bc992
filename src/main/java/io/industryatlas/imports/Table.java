package io.industryatlas.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.jspecify.annotations.Nullable;

/**
 * A file's rows as an import sees them. The first row that is not blank is the header: it
 * names the columns (by key or by one of their other names, see {@link Column}). Every
 * later row that is not blank is a row to import, numbered as the spreadsheet numbers it,
 * so that the header of a sheet that starts at the top is row 1 and its first data row is
 * row 2. Cells are stripped of surrounding blanks; an empty cell is no value.
 */
final class Table {

	private static final Log logger = LogFactory.getLog(Table.class);

	/** Excel's Chinese editions save CSV in this encoding unless told "CSV UTF-8". */
	private static final Charset GB18030 = Charset.forName("GB18030");

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

	/** The last day Excel can show, 9999-12-31. */
	private static final long LAST_EXCEL_DAY = 2958465;

	private final List<Row> rows;

	private final Set<String> columns;

	private final List<String> ignoredColumns;

	private Table(List<Row> rows, Set<String> columns, List<String> ignoredColumns) {
		this.rows = rows;
		this.columns = columns;
		this.ignoredColumns = ignoredColumns;
	}

	/** The rows to import, in file order. */
	List<Row> rows() {
		return this.rows;
	}

	/** Whether the header has the column: an optional column left out changes nothing. */
	boolean has(String key) {
		return this.columns.contains(key);
	}

	/** Header cells that name no column, in header order. */
	List<String> ignoredColumns() {
		return this.ignoredColumns;
	}

	/**
	 * Reads a file, reporting what keeps it from being read (an unreadable file, a header
	 * without a required column, more than {@code atlas.import.max-rows} rows) to
	 * {@code problems}.
	 */
	static Table read(Format format, byte[] bytes, List<Column> columns, ImportProperties settings,
			ImportProblems problems, Progress progress) {
		Builder builder = new Builder(columns, settings.maxRows(), problems, progress);
		if (bytes.length == 0) {
			problems.add(null, null, "the file is empty");
		}
		else if (format == Format.CSV) {
			readCsv(bytes, builder, problems);
		}
		else {
			readXlsx(bytes, builder, settings.maxUnpackedSize().toBytes(), problems);
		}
		if (!problems.any() && builder.header == null) {
			problems.add(null, null, "the file has no header row naming the columns");
		}
		progress.at("reading", builder.rows.size(), builder.rows.size());
		return new Table(List.copyOf(builder.rows), builder.present, List.copyOf(builder.ignored));
	}

	private static void readCsv(byte[] bytes, Builder builder, ImportProblems problems) {
		try (CSVParser parser = CSVParser.parse(decode(bytes), CSV)) {
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						return;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					problems.add((int) parser.getRecordNumber() + 1, null,
							"the CSV cannot be read from this row on: " + rootMessage(ex));
					return;
				}
				if (!builder.accept(new CsvRow(record))) {
					return;
				}
			}
		}
		catch (IOException ex) {
			problems.add(null, null, "the CSV cannot be read: " + rootMessage(ex));
		}
	}

	/** UTF-8 (a BOM is dropped) when the bytes are UTF-8, else GB18030. */
	static String decode(byte[] bytes) {
		int offset = (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF) ? 3 : 0;
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return new String(bytes, GB18030);
		}
	}

	private static void readXlsx(byte[] bytes, Builder builder, long maxUnpacked, ImportProblems problems) {
		Path file = null;
		try {
			// From a file, the package is read through its central directory, as Excel
			// does;
			// a stream of it would trust the entries' local headers.
			file = Files.createTempFile("atlas-import-", ".xlsx");
			Files.write(file, bytes);
			if (unpackedSize(file, maxUnpacked) > maxUnpacked) {
				problems.add(null, null, "the workbook unpacks to more than %d MB (atlas.import.max-unpacked-size)"
					.formatted(maxUnpacked / (1024 * 1024)));
				return;
			}
			try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false));
					Stream<org.dhatim.fastexcel.reader.Row> rows = workbook.getFirstSheet().openStream()) {
				boolean date1904 = workbook.isDate1904();
				Iterator<org.dhatim.fastexcel.reader.Row> iterator = rows.iterator();
				while (iterator.hasNext()) {
					if (!builder.accept(new XlsxRow(iterator.next(), date1904))) {
						return;
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// Whatever a broken or hostile package makes the reader throw, the answer is
			// the
			// same: the file cannot be read.
			logger.debug("An XLSX upload could not be read", ex);
			problems.add(null, null, "the file cannot be read as an XLSX workbook: " + rootMessage(ex));
		}
		finally {
			delete(file);
		}
	}

	private static void delete(@Nullable Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				logger.warn("Could not delete " + file, ex);
			}
		}
	}

	/**
	 * What the package unpacks to, counted while inflating (declared sizes may lie), up
	 * to just over {@code max}: a small file that unpacks to gigabytes is refused before
	 * the workbook is opened.
	 */
	private static long unpackedSize(Path file, long max) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
						total += read;
						if (total > max) {
							return total;
						}
					}
				}
			}
		}
		return total;
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return (cause.getMessage() != null) ? cause.getMessage() : cause.getClass().getSimpleName();
	}

	/**
	 * An Excel date serial number as a date (the time of day dropped), or null when the
	 * number can be no date. In the 1900 system day 1 is 1900-01-01 and Excel counts a 29
	 * February 1900 that never was (day 60).
	 */
	static @Nullable LocalDate excelDate(BigDecimal serial, boolean date1904) {
		long days = serial.setScale(0, RoundingMode.FLOOR).longValue();
		if (days < (date1904 ? 0 : 1) || days > LAST_EXCEL_DAY) {
			return null;
		}
		if (date1904) {
			return LocalDate.of(1904, 1, 1).plusDays(days);
		}
		return (days < 60) ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
	}

	/**
	 * One cell's value.
	 *
	 * @param text the value as text, stripped; null when the cell is empty
	 * @param date the date of an Excel date cell in a date column
	 * @param number whether the workbook holds the value as a number (Excel keeps 15
	 * digits of a number, so a long code typed as one has lost its last digits)
	 */
	record Cell(@Nullable String text, @Nullable LocalDate date, boolean number) {

		static final Cell BLANK = new Cell(null, null, false);

		static Cell of(@Nullable String text) {
			String stripped = (text != null) ? text.strip() : null;
			return (stripped == null || stripped.isEmpty()) ? BLANK : new Cell(stripped, null, false);
		}

		boolean blank() {
			return this.text == null && this.date == null;
		}

	}

	/**
	 * A row to import.
	 *
	 * @param number its number in the sheet
	 * @param cells its cells that are not blank, by column key
	 */
	record Row(int number, Map<String, Cell> cells) {

		Cell cell(String key) {
			return this.cells.getOrDefault(key, Cell.BLANK);
		}

		@Nullable String text(String key) {
			return cell(key).text();
		}

	}

	/** A row as a format gives it. */
	private interface RawRow {

		int number();

		int size();

		/** The cell at {@code index}, read for {@code column} (null: for the header). */
		Cell cell(int index, @Nullable Column column);

	}

	private record CsvRow(CSVRecord record) implements RawRow {

		@Override
		public int number() {
			return (int) this.record.getRecordNumber();
		}

		@Override
		public int size() {
			return this.record.size();
		}

		@Override
		public Cell cell(int index, @Nullable Column column) {
			return Cell.of(this.record.get(index));
		}

	}

	private record XlsxRow(org.dhatim.fastexcel.reader.Row row, boolean date1904) implements RawRow {

		@Override
		public int number() {
			return this.row.getRowNum();
		}

		@Override
		public int size() {
			return this.row.getCellCount();
		}

		@Override
		public Cell cell(int index, @Nullable Column column) {
			org.dhatim.fastexcel.reader.Cell cell = this.row.getOptionalCell(index).orElse(null);
			if (cell == null || cell.getType() == CellType.EMPTY) {
				return Cell.BLANK;
			}
			if (cell.getType() == CellType.ERROR) {
				// The error's name (#N/A, #REF!) stands as the value, so the row's check
				// names it.
				return Cell.of(cell.getRawValue());
			}
			Object value = cell.getValue();
			if (value instanceof BigDecimal number) {
				if (column != null && column.date()) {
					LocalDate date = excelDate(number, this.date1904);
					return (date != null) ? new Cell(null, date, true) : Cell.of(number.toPlainString());
				}
				Cell text = Cell.of(number.stripTrailingZeros().toPlainString());
				return new Cell(text.text(), null, true);
			}
			return Cell.of((value != null) ? value.toString() : cell.getRawValue());
		}

	}

	/** Takes the header, then the rows. */
	private static final class Builder {

		private final List<Column> columns;

		private final int maxRows;

		private final ImportProblems problems;

		private final Progress progress;

		private final List<Row> rows = new ArrayList<>();

		private final Set<String> present = new TreeSet<>();

		private final List<String> ignored = new ArrayList<>();

		private @Nullable Column @Nullable [] header;

		Builder(List<Column> columns, int maxRows, ImportProblems problems, Progress progress) {
			this.columns = columns;
			this.maxRows = maxRows;
			this.problems = problems;
			this.progress = progress;
		}

		/** Takes a row; false when reading should stop. */
		boolean accept(RawRow raw) {
			@Nullable Column[] header = this.header;
			if (header == null) {
				return header(raw);
			}
			Map<String, Cell> cells = new HashMap<>();
			for (int i = 0; i < Math.min(header.length, raw.size()); i++) {
				if (header[i] != null) {
					Cell cell = raw.cell(i, header[i]);
					if (!cell.blank()) {
						cells.put(header[i].key(), cell);
					}
				}
			}
			if (cells.isEmpty()) {
				return true;
			}
			if (this.rows.size() == this.maxRows) {
				this.problems.add(raw.number(), null,
						"the file has more than %d rows: split it (atlas.import.max-rows)".formatted(this.maxRows));
				return false;
			}
			this.rows.add(new Row(raw.number(), Map.copyOf(cells)));
			this.progress.at("reading", this.rows.size(), null);
			return true;
		}

		private boolean header(RawRow raw) {
			List<@Nullable String> names = new ArrayList<>();
			for (int i = 0; i < raw.size(); i++) {
				names.add(raw.cell(i, null).text());
			}
			if (names.stream().allMatch(name -> name == null)) {
				return true;
			}
			@Nullable Column[] header = new Column[names.size()];
			Map<String, String> seen = new HashMap<>();
			for (int i = 0; i < names.size(); i++) {
				String name = names.get(i);
				if (name == null) {
					continue;
				}
				Column column = this.columns.stream().filter(c -> c.named(name)).findFirst().orElse(null);
				if (column == null) {
					this.ignored.add(name);
					continue;
				}
				String earlier = seen.putIfAbsent(column.key(), name);
				if (earlier != null) {
					this.problems.add(raw.number(), column.key(), "the header names column '%s' twice ('%s' and '%s')"
						.formatted(column.key(), earlier, name));
				}
				header[i] = column;
				this.present.add(column.key());
			}
			for (Column column : this.columns) {
				if (column.required() && !this.present.contains(column.key())) {
					this.problems.add(raw.number(), column.key(), "the header has no column '%s'%s"
						.formatted(column.key(), column.aliases().isEmpty() ? "" : " (or "
								+ String.join(", ", column.aliases().stream().map(a -> "'" + a + "'").toList()) + ")"));
				}
			}
			this.header = header;
			return !this.problems.any();
		}

	}

}
