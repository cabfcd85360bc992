package io.industryatlas.frontend;

import io.industryatlas.TestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The views that only sample data fills (tenants now and over time, by domain, award
 * timelines) and its marking, in headless Chromium. The configuration is exactly
 * {@code SampleDataTests}'s, so both share one app and database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"atlas.neo4j.embedded.bolt-port=0", "atlas.neo4j.embedded.page-cache-mb=64",
				"atlas.seed.sample.enabled=true", "atlas.seed.sample.enterprises=300" })
@AutoConfigureHttpGraphQlTester
@Import(TestSupport.class)
class FrontendSampleE2eTests {

	@LocalServerPort
	int port;

	@Test
	void sampleDataFillsTheParkAndAwardViewsAndIsMarked() throws Exception {
		E2eRun.run(this.port, "e2e-screenshots/sample", "--sample");
	}

}
