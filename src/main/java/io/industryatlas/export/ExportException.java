package io.industryatlas.export;

import org.springframework.http.HttpStatus;

/**
 * An export refused before anything was written: the status and a plain message for
 * whoever asked (an unknown list, a missing or invalid argument, an unknown id).
 */
class ExportException extends RuntimeException {

	private final HttpStatus status;

	ExportException(HttpStatus status, String message) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
