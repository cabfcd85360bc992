package io.industryatlas.api;

/** A key that names nothing in the atlas: reported as a NOT_FOUND GraphQL error. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, String key) {
		super("No %s with key '%s'".formatted(what, key));
	}

}
