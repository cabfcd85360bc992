package io.industryatlas.frontend;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import io.industryatlas.SampleAtlasTest;

/**
 * The views that only sample data fills (tenants now and over time, by domain, award
 * timelines) and its marking, in headless Chromium. It shares the sample-data app and
 * database of the other {@link SampleAtlasTest} classes.
 */
@SampleAtlasTest
class FrontendSampleE2eTests {

	@LocalServerPort
	int port;

	@Test
	void sampleDataFillsTheParkAndAwardViewsAndIsMarked() throws Exception {
		E2eRun.run(this.port, "e2e-screenshots/sample", "--sample");
	}

}
