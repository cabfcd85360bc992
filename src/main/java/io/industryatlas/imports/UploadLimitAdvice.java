package io.industryatlas.imports;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the multipart limit is refused while the request is read, before any
 * controller is chosen: this says why, with 413, instead of an empty answer.
 */
@RestControllerAdvice
class UploadLimitAdvice {

	private final MultipartProperties multipart;

	UploadLimitAdvice(MultipartProperties multipart) {
		this.multipart = multipart;
	}

	@ExceptionHandler
	ProblemDetail tooLarge(MaxUploadSizeExceededException ex) {
		DataSize limit = this.multipart.getMaxFileSize();
		String size = (limit.toKilobytes() % 1024 == 0) ? limit.toMegabytes() + " MB" : limit.toKilobytes() + " KB";
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The upload is larger than %s (spring.servlet.multipart.max-file-size): split the file"
					.formatted(size));
	}

}
