package io.industryatlas.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The GB 32100-2015 check, against codes published with other validators. */
class UsccTests {

	@Test
	void publishedValidCodesPass() {
		assertThat(Uscc.problem("91310110666007217T")).isEmpty();
		assertThat(Uscc.problem("91310115591693856A")).isEmpty();
		assertThat(Uscc.problem("91230184MA1BUFLT44")).isEmpty();
		assertThat(Uscc.problem("92371000MA3MXH0E3W")).isEmpty();
		assertThat(Uscc.problem("91350100M000100Y43")).isEmpty();
	}

	@Test
	void eachPartIsChecked() {
		assertThat(Uscc.problem("9131011066600721")).hasValueSatisfying(p -> assertThat(p).contains("18 characters"));
		assertThat(Uscc.problem("91310110666007217O")).hasValueSatisfying(p -> assertThat(p).contains("character 18"));
		assertThat(Uscc.problem("Z1310110666007217T")).hasValueSatisfying(p -> assertThat(p).contains("character 1"));
		assertThat(Uscc.problem("B1310110666007217T"))
			.hasValueSatisfying(p -> assertThat(p).contains("no registering authority"));
		assertThat(Uscc.problem("9131A110666007217T")).hasValueSatisfying(p -> assertThat(p).contains("division"));
		// The organisation code's own check digit (character 17), then the final one.
		assertThat(Uscc.problem("91310110666007218T")).hasValueSatisfying(p -> assertThat(p).contains("GB 11714"));
		assertThat(Uscc.problem("91310110666007217U")).hasValueSatisfying(p -> assertThat(p).contains("expected 'T'"));
		// A code from an early pilot region that other validators also reject.
		assertThat(Uscc.problem("91350211M00013FA1N")).isPresent();
	}

	@Test
	void theDivisionIsReadFromCharactersThreeToEight() {
		assertThat(Uscc.division("91230184MA1BUFLT44")).hasValue("230184");
		assertThat(Uscc.normalize(" 91230184ma1bufl t44 ")).isEqualTo("91230184MA1BUFLT44");
	}

}
