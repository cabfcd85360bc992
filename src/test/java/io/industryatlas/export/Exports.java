package io.industryatlas.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Downloads exports over HTTP, reads them back (CSV with Commons CSV, XLSX with
 * fastexcel-reader), and pages through the same lists on the GraphQL API, each side as
 * text cells that compare equal when the values are equal (numbers without trailing
 * zeros).
 */
final class Exports {

	static final ParameterizedTypeReference<Map<String, Object>> MAP = new ParameterizedTypeReference<>() {
	};

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final int port;

	Exports(int port) {
		this.port = port;
	}

	record Download(int status, Map<String, List<String>> headers, byte[] body) {

		@Nullable String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> String.join(", ", e.getValue()))
				.findFirst()
				.orElse(null);
		}

		String text() {
			return new String(this.body, StandardCharsets.UTF_8);
		}

	}

	/** A table read back: the header and the rows, every cell as text. */
	record Table(List<String> header, List<List<String>> rows) {

		List<String> column(String key) {
			int index = this.header.indexOf(key);
			assertThat(index).as("column %s in %s", key, this.header).isNotNegative();
			return this.rows.stream().map(row -> row.get(index)).toList();
		}

	}

	/** GET /export/... with query parameters given as name, value, name, value, ... */
	Download get(String path, String... parameters) throws IOException, InterruptedException {
		StringBuilder uri = new StringBuilder("http://localhost:" + this.port + path);
		for (int i = 0; i < parameters.length; i += 2) {
			uri.append((i == 0) ? '?' : '&')
				.append(parameters[i])
				.append('=')
				.append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
		}
		HttpResponse<byte[]> response = this.http.send(
				HttpRequest.newBuilder(URI.create(uri.toString())).timeout(Duration.ofSeconds(120)).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		return new Download(response.statusCode(), response.headers().map(), response.body());
	}

	/**
	 * The export of a list in both formats, checked to hold the same table; returns it.
	 */
	Table both(String list, String... parameters) throws IOException, InterruptedException {
		Download csv = get("/export/" + list + ".csv", parameters);
		assertThat(csv.status()).as("CSV of %s: %s", list, csv.text()).isEqualTo(200);
		Download xlsx = get("/export/" + list + ".xlsx", parameters);
		assertThat(xlsx.status()).as("XLSX of %s: %s", list, xlsx.text()).isEqualTo(200);
		Table table = csv(csv.body());
		assertThat(xlsx(xlsx.body())).as("XLSX and CSV of %s", list).isEqualTo(table);
		return table;
	}

	static Table csv(byte[] body) throws IOException {
		assertThat(body).as("UTF-8 byte-order mark").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body, 3, body.length - 3),
				StandardCharsets.UTF_8); CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180)) {
			List<List<String>> records = new ArrayList<>();
			for (CSVRecord record : parser) {
				records.add(record.stream().map(Exports::norm).toList());
			}
			return new Table(records.get(0), records.subList(1, records.size()));
		}
	}

	static Table xlsx(byte[] body) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			List<Row> rows = workbook.getFirstSheet().read();
			int width = rows.get(0).getCellCount();
			List<List<String>> records = new ArrayList<>();
			for (Row row : rows) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < width; c++) {
					cells.add(row.getOptionalCell(c).map(Exports::text).orElse(""));
				}
				records.add(cells);
			}
			return new Table(records.get(0), records.subList(1, records.size()));
		}
	}

	static String sheetName(byte[] body) throws IOException {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			return workbook.getFirstSheet().getName();
		}
	}

	private static String text(Cell cell) {
		return switch (cell.getType()) {
			case NUMBER -> norm(cell.asNumber());
			case BOOLEAN -> String.valueOf(cell.asBoolean());
			case EMPTY -> "";
			default -> norm(cell.getText());
		};
	}

	/** Cell text: numbers without trailing zeros, null as empty. */
	static String norm(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Number || value instanceof String s && s.matches("-?\\d+(\\.\\d+)?")) {
			return new BigDecimal(String.valueOf(value)).stripTrailingZeros().toPlainString();
		}
		return String.valueOf(value);
	}

	/**
	 * Every node of a connection on the GraphQL API, page after page of 100 (the document
	 * declares $first and $after).
	 */
	static List<Map<String, Object>> nodes(GraphQlTester graphQl, String document, String connection,
			Map<String, Object> variables) {
		List<Map<String, Object>> nodes = new ArrayList<>();
		String after = null;
		while (true) {
			GraphQlTester.Request<?> request = graphQl.document(document).variable("first", 100);
			for (Map.Entry<String, Object> variable : variables.entrySet()) {
				request = request.variable(variable.getKey(), variable.getValue());
			}
			if (after != null) {
				request = request.variable("after", after);
			}
			Map<String, Object> page = request.execute().path(connection).entity(MAP).get();
			for (Object edge : (List<?>) page.get("edges")) {
				nodes.add(cast(((Map<?, ?>) edge).get("node")));
			}
			Map<String, Object> pageInfo = cast(page.get("pageInfo"));
			if (!Boolean.TRUE.equals(pageInfo.get("hasNextPage"))) {
				return nodes;
			}
			after = (String) pageInfo.get("endCursor");
		}
	}

	/** Rows as the export writes them: each node mapped to its cells, normalized. */
	static List<List<String>> rows(List<Map<String, Object>> nodes, Function<Map<String, Object>, List<?>> cells) {
		return nodes.stream().map(node -> cells.apply(node).stream().map(Exports::norm).toList()).toList();
	}

	/** A value at a dotted path of nested maps; null when a step is missing. */
	static @Nullable Object at(@Nullable Object value, String path) {
		for (String step : path.split("\\.")) {
			if (!(value instanceof Map<?, ?> map)) {
				return null;
			}
			value = map.get(step);
		}
		return value;
	}

	/**
	 * Through lists too: every value at the path, flattened (as the export reads paths).
	 */
	static Object read(Object value, String path) {
		return Fields.read(value, path);
	}

	/** Sources as the export writes them: "document-id clause", joined by "; ". */
	static String sources(@Nullable Object sources) {
		List<?> list = (sources instanceof List<?> l) ? l : (sources == null) ? List.of() : List.of(sources);
		return String.join("; ", list.stream().map(s -> at(s, "document.id") + " " + at(s, "clause")).toList());
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> cast(@Nullable Object value) {
		return (value == null) ? new LinkedHashMap<>() : (Map<String, Object>) value;
	}

}
