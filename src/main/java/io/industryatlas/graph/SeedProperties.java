package io.industryatlas.graph;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the seed loading.
 *
 * @param enabled whether the sourced seed graph is loaded at start-up
 * @param location the Cypher files, run in file-name order
 * @param sample settings of the generated sample (demo) data
 */
@ConfigurationProperties("atlas.seed")
public record SeedProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("classpath*:graph-seed/*.cypher") String location, @DefaultValue Sample sample) {

	/**
	 * Generated demo data, never mixed with the facts: every node and relationship it
	 * writes carries {@code sample: true} (nodes also the label {@code :Sample}).
	 *
	 * @param enabled whether to generate and load it at start-up
	 * @param enterprises how many sample enterprises to generate
	 * @param randomSeed the seed of the generator; the same seed gives the same data
	 */
	public record Sample(@DefaultValue("false") boolean enabled, @DefaultValue("200") int enterprises,
			@DefaultValue("42") long randomSeed) {
	}

}
