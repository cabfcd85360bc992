package io.industryatlas;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole app on a random HTTP port with its embedded Neo4j (in a fresh directory, Bolt
 * on a free port) loaded from graph-seed/; tests talk to it through GraphQL over HTTP.
 * Every test class with this annotation shares one context, hence one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"atlas.neo4j.embedded.bolt-port=0", "atlas.neo4j.embedded.page-cache-mb=64" })
@AutoConfigureHttpGraphQlTester
@Import(TestSupport.class)
public @interface AtlasTest {

}
