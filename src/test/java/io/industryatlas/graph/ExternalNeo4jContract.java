package io.industryatlas.graph;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out path: with {@code spring.neo4j.uri} set, the app starts no database of
 * its own, seeds the external server and answers from it. Subclasses provide the server.
 */
abstract class ExternalNeo4jContract {

	@Autowired
	ApplicationContext context;

	@Autowired
	HttpGraphQlTester graphQl;

	@Test
	void noEmbeddedDatabaseRuns() {
		assertThat(this.context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
	}

	@Test
	void theApiAnswersFromTheSeededExternalServer() {
		// Patient: the first query plans cold on a separate server process, on a shared
		// 2-core machine.
		this.graphQl.mutate()
			.responseTimeout(Duration.ofSeconds(60))
			.build()
			.document("""
					{ region(code: "230100") { name }
					  cluster(id: "sui-ha-da-qi-biomanufacturing-cluster") { members { region { code } } } }
					""")
			.execute()
			.path("region.name")
			.entity(String.class)
			.isEqualTo("哈尔滨市")
			.path("cluster.members[*].region.code")
			.entityList(String.class)
			.containsExactly("230100", "230200", "230600", "231200");
	}

}
