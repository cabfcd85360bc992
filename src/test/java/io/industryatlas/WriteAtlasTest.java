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
 * Like {@link AtlasTest}, with the test accounts and the test JWT key
 * ({@code security/test-accounts.yaml}), and a database of its own: the tests that write
 * share it, so the read tests' seed graph stays as the documents make it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"atlas.neo4j.embedded.bolt-port=0", "atlas.neo4j.embedded.page-cache-mb=64",
				"spring.config.import=classpath:security/test-accounts.yaml" })
@AutoConfigureHttpGraphQlTester
@Import({ TestSupport.class, Logins.class })
public @interface WriteAtlasTest {

}
