package io.industryatlas.incentive;

import java.util.ArrayList;
import java.util.List;

/**
 * Orders clause numbers as the documents number them: （二） before （十）, 二（三）9 before
 * 二（三）10. Each run of Chinese numerals or digits becomes a number.
 */
final class ClauseNumbers {

	private static final String DIGITS = "〇一二三四五六七八九";

	private ClauseNumbers() {
	}

	/** A sort key: the clause's numbers, zero-padded. */
	static String key(String clause) {
		StringBuilder key = new StringBuilder();
		for (int number : numbers(clause)) {
			key.append("%05d.".formatted(number));
		}
		return key.toString();
	}

	static List<Integer> numbers(String clause) {
		List<Integer> numbers = new ArrayList<>();
		int i = 0;
		while (i < clause.length()) {
			char c = clause.charAt(i);
			if (Character.isDigit(c)) {
				int j = i;
				while (j < clause.length() && Character.isDigit(clause.charAt(j))) {
					j++;
				}
				numbers.add(Integer.parseInt(clause.substring(i, j)));
				i = j;
			}
			else if (isChineseNumeral(c)) {
				int j = i;
				while (j < clause.length() && isChineseNumeral(clause.charAt(j))) {
					j++;
				}
				numbers.add(chinese(clause.substring(i, j)));
				i = j;
			}
			else {
				i++;
			}
		}
		return numbers;
	}

	private static boolean isChineseNumeral(char c) {
		return DIGITS.indexOf(c) >= 0 || c == '十' || c == '百';
	}

	/** 一 to 九十九 (and 百), as written in clause numbers. */
	private static int chinese(String numeral) {
		int total = 0;
		int digit = 0;
		for (char c : numeral.toCharArray()) {
			if (c == '百') {
				total += Math.max(digit, 1) * 100;
				digit = 0;
			}
			else if (c == '十') {
				total += Math.max(digit, 1) * 10;
				digit = 0;
			}
			else {
				digit = DIGITS.indexOf(c);
			}
		}
		return total + digit;
	}

}
