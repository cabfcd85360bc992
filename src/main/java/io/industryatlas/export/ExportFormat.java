package io.industryatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** The file formats of an export, by file extension. */
enum ExportFormat {

	CSV("csv", "text/csv;charset=UTF-8"),

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final String extension;

	private final String contentType;

	ExportFormat(String extension, String contentType) {
		this.extension = extension;
		this.contentType = contentType;
	}

	String extension() {
		return this.extension;
	}

	String contentType() {
		return this.contentType;
	}

	TableWriter open(OutputStream out, String title) throws IOException {
		return (this == CSV) ? new CsvTableWriter(out) : new XlsxTableWriter(out, title);
	}

	static Optional<ExportFormat> of(String extension) {
		return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
	}

}
