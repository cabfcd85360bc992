package io.industryatlas.frontend;

import java.nio.file.Path;

import io.industryatlas.AtlasTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in a real headless Chromium against the app with the seed graph:
 * {@code frontend/e2e/run.mjs} opens every view, checks seed facts on screen, clicks
 * chain, gap, candidate, and saves screenshots to {@code target/e2e-screenshots}.
 * Skipped, saying so, where no Chromium is installed.
 */
@AtlasTest
class FrontendE2eTests {

	@LocalServerPort
	int port;

	@Test
	void everyViewRendersSeedFactsInHeadlessChromium() throws Exception {
		E2eRun.run(this.port, "e2e-screenshots");
		assertThat(Path.of("target", "e2e-screenshots", "01-map.png")).exists();
	}

}
