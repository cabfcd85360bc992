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
 * Like {@link AtlasTest}, with 300 generated sample enterprises on top of the seed graph.
 * Every test class with this annotation shares one context, hence one database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.neo4j.embedded.data-directory=target/test-neo4j/${random.uuid}",
				"atlas.neo4j.embedded.bolt-port=0", "atlas.neo4j.embedded.page-cache-mb=64",
				"atlas.seed.sample.enabled=true", "atlas.seed.sample.enterprises=300" })
@AutoConfigureHttpGraphQlTester
@Import(TestSupport.class)
public @interface SampleAtlasTest {

}
