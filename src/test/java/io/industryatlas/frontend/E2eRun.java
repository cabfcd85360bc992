package io.industryatlas.frontend;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Runs {@code frontend/e2e/run.mjs} (playwright-core driving Debian's Chromium) against
 * the app on the given port, streams its output, and fails unless every step passed.
 */
final class E2eRun {

	private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

	private E2eRun() {
	}

	static void run(int port, String screenshotDir, String... options) throws Exception {
		assumeTrue(Files.isExecutable(CHROMIUM), () -> "No Chromium at " + CHROMIUM
				+ ": the browser end-to-end test is skipped (install Debian's chromium, as .ci/run does)");
		assertThat(new ClassPathResource("static/index.html").exists())
			.as("the UI is built into static/ by the Maven build (npm run build)")
			.isTrue();
		Path frontend = Path.of("frontend").toAbsolutePath();
		assertThat(frontend.resolve("node_modules/playwright-core")).as("npm ci has run in frontend/").exists();
		Path screenshots = Path.of("target", screenshotDir).toAbsolutePath();

		List<String> command = new ArrayList<>(
				List.of("node", "e2e/run.mjs", "http://localhost:" + port, screenshots.toString()));
		command.addAll(List.of(options));
		Process process = new ProcessBuilder(command).directory(frontend.toFile())
			.redirectErrorStream(true)
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
		List<String> lines = new ArrayList<>();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				System.out.println("[e2e] " + line);
				lines.add(line);
			}
		}
		boolean ended = process.waitFor(10, TimeUnit.MINUTES);
		if (!ended) {
			process.destroyForcibly();
		}
		assertThat(ended).as("the e2e run ended within 10 minutes").isTrue();
		assertThat(process.exitValue()).as("e2e exit code; its output:%n%s", String.join("\n", lines)).isZero();
		assertThat(lines).anyMatch((line) -> line.matches("[1-9]\\d* passed, 0 failed"));
	}

}
