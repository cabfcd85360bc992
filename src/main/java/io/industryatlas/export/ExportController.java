package io.industryatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.industryatlas.api.ApiProperties;

/**
 * {@code GET /export/<list>.csv} and {@code .xlsx}: a list of the UI, with the list's
 * arguments as query parameters, streamed as a file; {@code GET /export} lists the lists.
 * The first page is fetched before anything is written, so that bad input gets a 400 or
 * 404 problem with a plain message and no file. The requests run on the request's own
 * thread, under whatever the servlet filters (security) established for it.
 */
@Controller
class ExportController {

	private static final Logger logger = LoggerFactory.getLogger(ExportController.class);

	private final ExportLists lists;

	private final ExecutionGraphQlService graphQl;

	private final ApiProperties properties;

	ExportController(ExportLists lists, ExecutionGraphQlService graphQl, ApiProperties properties) {
		this.lists = lists;
		this.graphQl = graphQl;
		this.properties = properties;
	}

	@GetMapping("/export")
	@ResponseBody
	List<Map<String, Object>> index() {
		List<Map<String, Object>> index = new ArrayList<>();
		for (ExportList list : this.lists.all()) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("name", list.name());
			entry.put("title", list.title());
			entry.put("titleZh", list.titleZh());
			entry.put("files",
					List.of("/export/%s.csv".formatted(list.name()), "/export/%s.xlsx".formatted(list.name())));
			entry.put("params", list.params().stream().map(p -> {
				Map<String, Object> param = new LinkedHashMap<>();
				param.put("name", p.name());
				param.put("required", p.required());
				param.put("repeatable", p.repeatable());
				param.put("description", p.description());
				return param;
			}).toList());
			entry.put("columns", list.columns().stream().map(Column::key).toList());
			index.add(entry);
		}
		return index;
	}

	@GetMapping("/export/{file}")
	void export(@PathVariable String file, @RequestParam MultiValueMap<String, String> query,
			HttpServletRequest request, HttpServletResponse response) throws IOException {
		long started = System.nanoTime();
		int dot = file.lastIndexOf('.');
		String name = (dot > 0) ? file.substring(0, dot) : file;
		String extension = (dot > 0) ? file.substring(dot + 1) : "";
		ExportFormat format = ExportFormat.of(extension)
			.orElseThrow(() -> new ExportException(HttpStatus.NOT_FOUND,
					"Exports are .csv or .xlsx files, not '%s' (e.g. /export/parks.csv)".formatted(file)));
		ExportList list = this.lists.find(name)
			.orElseThrow(() -> new ExportException(HttpStatus.NOT_FOUND,
					"No list '%s' to export; GET /export lists them".formatted(name)));
		boolean chinese = chinese(query);
		Map<String, List<String>> given = given(list, query);
		Map<String, Object> variables = new LinkedHashMap<>();
		Map<String, String> filters = new LinkedHashMap<>();
		for (Param param : list.params()) {
			List<String> values = given.get(param.name());
			if (values == null) {
				if (param.required()) {
					throw new ExportException(HttpStatus.BAD_REQUEST, "Missing parameter '%s' (%s) for the list %s"
						.formatted(param.name(), param.description(), list.name()));
				}
				if (param.repeatable() && param.variable() != null) {
					put(variables, param.variable(), List.of());
				}
				continue;
			}
			if (param.filterPath() != null) {
				filters.put(param.filterPath(), String.valueOf(param.value(values)));
			}
			else if (param.variable() != null) {
				put(variables, param.variable(), param.value(values));
			}
		}
		ListQuery rows = new ListQuery(this.graphQl, list, variables, filters, this.properties.maxPageSize(),
				request.getLocale());
		Map<String, Object> data = rows.start();

		String title = (list.fileTitle() != null) ? Fields.text(Fields.read(data, list.fileTitle())) : null;
		response.setStatus(HttpStatus.OK.value());
		response.setContentType(format.contentType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(list, given, title, format));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		List<Column> columns = list.columns();
		OutputStream out = response.getOutputStream();
		try {
			TableWriter writer = format.open(out, chinese ? list.titleZh() : list.title());
			writer.header(columns.stream().map(c -> chinese ? c.zh() : c.key()).toList());
			rows.rows(levels -> {
				List<@Nullable Object> cells = new ArrayList<>(columns.size());
				for (Column column : columns) {
					cells.add(column.cell(levels));
				}
				writer.row(cells);
			});
			writer.finish();
			out.flush();
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Export {}.{} {} stopped after {} rows ({} requests, {} ms): {}", list.name(),
					format.extension(), describe(given), rows.rowCount(), rows.requests(), millis(started),
					ex.toString());
			if (!response.isCommitted()) {
				// Nothing has reached the client yet: no file, a problem instead.
				response.reset();
				throw new ExportException(HttpStatus.INTERNAL_SERVER_ERROR, "The export failed: " + ex.getMessage());
			}
			// The file is under way: the connection is cut, so that it is seen
			// incomplete.
			throw ex;
		}
		logger.info("Export {}.{} {}: {} rows, {} requests, {} ms", list.name(), format.extension(), describe(given),
				rows.rowCount(), rows.requests(), millis(started));
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(ExportException ex, HttpServletRequest request) {
		logger.info("Export {} refused: {} {}", request.getRequestURI(), ex.status().value(), ex.getMessage());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
		problem.setTitle("Export refused");
		return ResponseEntity.status(ex.status()).body(problem);
	}

	private static boolean chinese(MultiValueMap<String, String> query) {
		String lang = query.getFirst("lang");
		if (lang == null || lang.isBlank() || lang.equals("en")) {
			return false;
		}
		if (lang.equals("zh")) {
			return true;
		}
		throw new ExportException(HttpStatus.BAD_REQUEST,
				"'lang' is en (English headers) or zh (Chinese headers), not '%s'".formatted(lang));
	}

	/**
	 * The list's parameters that are given (blank ones count as absent); any other is
	 * refused.
	 */
	private static Map<String, List<String>> given(ExportList list, MultiValueMap<String, String> query) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		for (Map.Entry<String, List<String>> entry : query.entrySet()) {
			if (entry.getKey().equals("lang")) {
				continue;
			}
			if (list.param(entry.getKey()).isEmpty()) {
				throw new ExportException(HttpStatus.BAD_REQUEST,
						"Unknown parameter '%s' for the list %s; it takes: %s".formatted(entry.getKey(), list.name(),
								list.params().isEmpty() ? "none"
										: list.params().stream().map(Param::name).collect(Collectors.joining(", "))));
			}
			List<String> values = entry.getValue().stream().filter(v -> v != null && !v.isBlank()).toList();
			if (!values.isEmpty()) {
				given.put(entry.getKey(), values);
			}
		}
		return given;
	}

	/**
	 * Puts a value at a dotted path: {@code project.region} goes into the map
	 * {@code project}.
	 */
	@SuppressWarnings("unchecked")
	private static void put(Map<String, Object> variables, String path, Object value) {
		String[] names = path.split("\\.");
		Map<String, Object> map = variables;
		for (int i = 0; i < names.length - 1; i++) {
			map = (Map<String, Object>) map.computeIfAbsent(names[i], k -> new LinkedHashMap<String, Object>());
		}
		map.put(names[names.length - 1], value);
	}

	private static String describe(Map<String, List<String>> given) {
		return given.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + String.join(",", e.getValue()))
			.collect(Collectors.joining(" ", "(", ")"));
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

}
