package io.industryatlas.search;

import org.junit.jupiter.api.Test;

import io.industryatlas.api.BadInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SearchTextTests {

	@Test
	void luceneSyntaxIsEscaped() {
		assertThat(SearchText.toQuery("name:(哈药* OR \"x\")")).isEqualTo("name\\:\\(哈药\\* or \\\"x\\\"\\)");
	}

	@Test
	void operatorWordsBecomePlainTerms() {
		assertThat(SearchText.toQuery("Harbin AND NOT Daqing")).isEqualTo("Harbin and not Daqing");
	}

	@Test
	void blankAndOverlongTextAreRefused() {
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> SearchText.toQuery(" \t"));
		assertThatExceptionOfType(BadInputException.class).isThrownBy(() -> SearchText.toQuery("哈".repeat(101)));
	}

}
