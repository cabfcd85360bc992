package io.industryatlas.imports;

/** An upload that is neither CSV nor XLSX: refused with 415 before anything is read. */
class UnsupportedFileException extends RuntimeException {

	UnsupportedFileException(String message) {
		super(message);
	}

}
