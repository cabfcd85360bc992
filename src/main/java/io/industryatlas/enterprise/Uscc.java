package io.industryatlas.enterprise;

import java.util.Optional;

/**
 * The unified social credit code of GB 32100-2015: 18 characters from a 31-character set
 * (digits and capitals without I, O, S, V and Z); the registering authority (1), the
 * organisation category (2), the GB/T 2260 division of the registering office (3-8), the
 * organisation code of GB 11714-1997 with its own check digit (9-17), and a final check
 * character (18).
 */
public final class Uscc {

	/** The character set of GB 32100-2015, in the order of their values 0 to 30. */
	static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	/** Registering authorities of GB 32100-2015 table 1 (Y: other). */
	private static final String AUTHORITIES = "123456789ANY";

	private Uscc() {
	}

	/** Why {@code code} is not a valid code, or empty when it is. */
	public static Optional<String> problem(String code) {
		if (code.length() != 18) {
			return Optional.of("must have 18 characters, has " + code.length());
		}
		for (int i = 0; i < 18; i++) {
			if (CHARSET.indexOf(code.charAt(i)) < 0) {
				return Optional.of(("character %d ('%s') is not allowed: only digits and capital letters other than "
						+ "I, O, S, V and Z")
					.formatted(i + 1, code.charAt(i)));
			}
		}
		if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
			return Optional
				.of("character 1 ('%s') is no registering authority (1-9, A, N or Y)".formatted(code.charAt(0)));
		}
		if (!code.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Optional
				.of("characters 3 to 8 ('%s') must be the digits of a division code".formatted(code.substring(2, 8)));
		}
		char organisationCheck = organisationCheck(code.substring(8, 16));
		if (code.charAt(16) != organisationCheck) {
			return Optional.of("character 17 ('%s') fails the organisation-code check of GB 11714: expected '%s'"
				.formatted(code.charAt(16), organisationCheck));
		}
		char check = check(code.substring(0, 17));
		if (code.charAt(17) != check) {
			return Optional
				.of("the check character ('%s') does not match: expected '%s'".formatted(code.charAt(17), check));
		}
		return Optional.empty();
	}

	/** The division code (characters 3 to 8) of a code of the right form. */
	public static Optional<String> division(String code) {
		if (code.length() == 18 && code.substring(2, 8).chars().allMatch(Character::isDigit)) {
			return Optional.of(code.substring(2, 8));
		}
		return Optional.empty();
	}

	/** Upper case and without spaces, the form codes are kept in. */
	public static String normalize(String code) {
		return code.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * A valid code from its first 16 characters (authority, category, division and the
	 * organisation code's body): both check characters appended.
	 */
	public static String complete(String first16) {
		String first17 = first16 + organisationCheck(first16.substring(8, 16));
		return first17 + check(first17);
	}

	/** The check character over the first 17 characters. */
	static char check(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
		}
		return CHARSET.charAt((31 - sum % 31) % 31);
	}

	/** The check digit of an 8-character organisation code body (GB 11714-1997). */
	static char organisationCheck(String body) {
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			char c = body.charAt(i);
			int value = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
			sum += value * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return (check == 10) ? 'X' : (check == 11) ? '0' : (char) ('0' + check);
	}

}
