package io.industryatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * XLSX with fastexcel's streaming writer: rows go out every {@value #FLUSH_EVERY} rows,
 * strings inline (no shared-string table held to the end), numbers and booleans as such,
 * the header row bold and frozen.
 */
final class XlsxTableWriter implements TableWriter {

	private static final int FLUSH_EVERY = 500;

	private final Workbook workbook;

	private final Worksheet sheet;

	private int row;

	XlsxTableWriter(OutputStream out, String sheetName) {
		this.workbook = new Workbook(out, "Industry Atlas", "1.0");
		this.sheet = this.workbook.newWorksheet(sheetName(sheetName));
	}

	@Override
	public void header(List<String> names) {
		for (int c = 0; c < names.size(); c++) {
			this.sheet.inlineString(0, c, names.get(c));
		}
		this.sheet.range(0, 0, 0, Math.max(0, names.size() - 1)).style().bold().set();
		this.sheet.freezePane(0, 1);
		this.row = 1;
	}

	@Override
	public void row(List<@Nullable Object> cells) throws IOException {
		for (int c = 0; c < cells.size(); c++) {
			Object cell = cells.get(c);
			if (cell instanceof Number number) {
				this.sheet.value(this.row, c, number);
			}
			else if (cell instanceof Boolean bool) {
				this.sheet.value(this.row, c, bool);
			}
			else if (cell != null) {
				this.sheet.inlineString(this.row, c, cell.toString());
			}
		}
		this.row++;
		if (this.row % FLUSH_EVERY == 0) {
			this.sheet.flush();
		}
	}

	@Override
	public void finish() throws IOException {
		this.sheet.finish();
		this.workbook.finish();
	}

	/** Sheet names: at most 31 characters, none of []:*?/\ . */
	static String sheetName(String title) {
		String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
		return name.length() <= 31 ? name : name.substring(0, 31).strip();
	}

}
