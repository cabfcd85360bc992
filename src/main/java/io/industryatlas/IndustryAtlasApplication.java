package io.industryatlas;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Industry Atlas: industry chains, parks, clusters and incentives as a graph, served over
 * GraphQL.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndustryAtlasApplication {

	public static void main(String[] args) {
		SpringApplication.run(IndustryAtlasApplication.class, args);
	}

}
