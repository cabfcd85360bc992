package io.industryatlas.api;

/**
 * An argument the API refuses: reported as a BAD_REQUEST GraphQL error naming the
 * argument.
 */
public class BadInputException extends RuntimeException {

	private final String argument;

	public BadInputException(String argument, String message) {
		super(message);
		this.argument = argument;
	}

	public String argument() {
		return this.argument;
	}

}
