package io.industryatlas.imports;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The file formats an import reads, told apart by name, content type and content. */
enum Format {

	/**
	 * Comma-separated values, UTF-8 (with or without BOM) or GB18030 (Excel's Chinese
	 * default).
	 */
	CSV,

	/** An Excel workbook (Office Open XML); its first sheet is read. */
	XLSX;

	static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	/**
	 * The format of an upload. Refuses what is neither, saying what would be accepted.
	 * @throws UnsupportedFileException for anything but CSV and XLSX
	 */
	static Format of(@Nullable String filename, @Nullable String contentType, byte[] start) {
		String name = (filename != null) ? filename.strip().toLowerCase(Locale.ROOT) : "";
		String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
		String type = (contentType != null) ? contentType.toLowerCase(Locale.ROOT) : "";
		boolean zip = startsWith(start, 0x50, 0x4B, 0x03, 0x04);
		boolean ole2 = startsWith(start, 0xD0, 0xCF, 0x11, 0xE0);
		if (extension.equals("xls") || ole2) {
			throw new UnsupportedFileException(
					"'%s' is an Excel 97-2003 workbook (.xls), which is not read: save it as .xlsx or as CSV"
						.formatted(filename));
		}
		boolean namedXlsx = extension.equals("xlsx");
		boolean namedCsv = extension.equals("csv");
		boolean typedXlsx = type.startsWith(XLSX_TYPE);
		boolean typedCsv = type.startsWith("text/csv") || type.startsWith("application/csv");
		if (namedXlsx || (!namedCsv && typedXlsx)) {
			if (!zip) {
				throw new UnsupportedFileException(
						"'%s' is not an XLSX workbook (it is no ZIP package): save it from Excel as .xlsx, or as CSV"
							.formatted(filename));
			}
			return XLSX;
		}
		if (namedCsv || typedCsv) {
			if (zip) {
				throw new UnsupportedFileException(
						"'%s' is a ZIP package, not a CSV file: name an Excel workbook .xlsx".formatted(filename));
			}
			return CSV;
		}
		throw new UnsupportedFileException(
				"'%s' (%s) is neither CSV (.csv) nor an Excel workbook (.xlsx), the formats an import reads"
					.formatted(filename, type.isEmpty() ? "no content type" : type));
	}

	private static boolean startsWith(byte[] bytes, int... signature) {
		if (bytes.length < signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

	String key() {
		return name().toLowerCase(Locale.ROOT);
	}

}
