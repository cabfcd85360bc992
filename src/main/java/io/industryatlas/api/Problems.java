package io.industryatlas.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Collects the problems of one input before anything is written: its bean-validation
 * constraints first, then the checks that need the graph.
 */
public final class Problems {

	private final List<Problem> problems = new ArrayList<>();

	/** The constraint violations of {@code input}, as problems named by field. */
	public static Problems of(Validator validator, Object input) {
		Problems problems = new Problems();
		for (ConstraintViolation<Object> violation : validator.validate(input)) {
			problems.add(violation.getPropertyPath().toString(), violation.getMessage());
		}
		problems.problems.sort(java.util.Comparator.comparing(Problem::field));
		return problems;
	}

	public Problems add(String field, String message) {
		this.problems.add(new Problem(field, message));
		return this;
	}

	/** Adds the problem when {@code ok} is false. */
	public Problems check(boolean ok, String field, String message) {
		if (!ok) {
			add(field, message);
		}
		return this;
	}

	public boolean has(String field) {
		return this.problems.stream().anyMatch(problem -> problem.field().equals(field));
	}

	public List<Problem> list() {
		return List.copyOf(this.problems);
	}

	/** Refuses the write when any problem was found. */
	public void throwIfAny() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

}
