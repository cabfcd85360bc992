package io.industryatlas.api;

import java.util.List;

/**
 * A write refused because its input has problems; every problem is reported, each as a
 * BAD_REQUEST error naming its field, and nothing is written.
 */
public class InvalidInputException extends RuntimeException {

	private final List<Problem> problems;

	public InvalidInputException(List<Problem> problems) {
		super(problems.size() + " problem(s): " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return this.problems;
	}

}
