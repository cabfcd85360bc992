package io.industryatlas.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /import/enterprises} and {@code POST /import/tenancies}: a multipart
 * {@code file} (CSV or XLSX) and {@code dryRun} (true unless it is {@code false}, so that
 * only a deliberate request writes). The answer is the report, 200, or 422 when a real
 * run is refused for its problems; a client that accepts {@code application/x-ndjson}
 * gets progress lines as the import goes and the report as the last line.
 */
@RestController
@RequestMapping("/import")
class ImportController {

	static final MediaType NDJSON = MediaType.APPLICATION_NDJSON;

	private static final Log logger = LogFactory.getLog(ImportController.class);

	private final Imports imports;

	private final JsonMapper json;

	ImportController(Imports imports, JsonMapper json) {
		this.imports = imports;
		this.json = json;
	}

	/**
	 * One mapping for both answers: two mappings told apart by {@code produces} would be
	 * ambiguous for the {@code Accept: *}{@code /*} that curl sends.
	 */
	@PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Nullable ResponseEntity<ImportReport> run(@PathVariable String kind, @RequestParam("file") MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun,
			@RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = "*/*") String accept, HttpServletResponse response)
			throws IOException {
		Imports.Upload upload = this.imports.accept(kind, file);
		if (MediaType.parseMediaTypes(accept).stream().noneMatch(NDJSON::equalsTypeAndSubtype)) {
			ImportReport report = this.imports.run(upload, dryRun, line -> {
			});
			return ResponseEntity.status(report.status()).contentType(MediaType.APPLICATION_JSON).body(report);
		}
		response.setContentType(NDJSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		Lines lines = new Lines(response.getOutputStream());
		try {
			ImportReport report = this.imports.run(upload, dryRun, lines::write);
			lines.write(new Done(report.status(), report));
		}
		catch (DataIntegrityViolationException | TransientDataAccessException ex) {
			lines.write(new Failed(HttpStatus.CONFLICT.value(), concurrentChange(ex).getDetail()));
		}
		catch (RuntimeException ex) {
			logger.error("Import of %s failed".formatted(kind), ex);
			lines.write(new Failed(HttpStatus.INTERNAL_SERVER_ERROR.value(),
					"The import failed and wrote nothing: " + ex.getClass().getSimpleName()));
		}
		return null;
	}

	@ExceptionHandler
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail unsupportedFile(UnsupportedFileException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ex.getMessage());
	}

	/**
	 * A code registered by someone else while the import ran, or a lock that could not be
	 * had: nothing was written, and running the import again is safe.
	 */
	@ExceptionHandler({ DataIntegrityViolationException.class, TransientDataAccessException.class })
	ProblemDetail concurrentChange(DataAccessException ex) {
		logger.info("An import collided with another write: " + ex.getMessage());
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"Another write changed the same enterprises while the import ran, so it wrote nothing: run it again.");
	}

	/**
	 * Writes NDJSON lines as they come. A client that goes away does not stop the import:
	 * it runs to its end (all of it or nothing, as ever) and its result is logged.
	 */
	private final class Lines {

		private final OutputStream out;

		private boolean broken;

		Lines(OutputStream out) {
			this.out = out;
		}

		void write(Object line) {
			if (this.broken) {
				return;
			}
			try {
				this.out.write(ImportController.this.json.writeValueAsBytes(line));
				this.out.write('\n');
				this.out.flush();
			}
			catch (IOException ex) {
				this.broken = true;
				logger.info("An import's client went away; the import goes on: " + ex.getMessage());
			}
		}

	}

	/**
	 * The last line of a streamed import: its report, and the status a plain request
	 * gets.
	 */
	record Done(String phase, int status, ImportReport report) {

		Done(int status, ImportReport report) {
			this("done", status, report);
		}

	}

	/** The last line of a streamed import that failed: nothing was written. */
	record Failed(String phase, int status, String message) {

		Failed(int status, String message) {
			this("failed", status, message);
		}

	}

}
