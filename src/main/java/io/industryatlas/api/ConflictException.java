package io.industryatlas.api;

/**
 * A write made from an outdated version: someone else changed the entity since the caller
 * read it. Reported as a CONFLICT error with both versions; nothing is written.
 */
public class ConflictException extends RuntimeException {

	private final String id;

	private final long expected;

	private final long actual;

	public ConflictException(String kind, String id, long expected, long actual) {
		super(("%s %s was changed by someone else: you edited version %d, it is now at version %d. "
				+ "Read it again and re-apply your change.")
			.formatted(kind, id, expected, actual));
		this.id = id;
		this.expected = expected;
		this.actual = actual;
	}

	public String id() {
		return this.id;
	}

	public long expected() {
		return this.expected;
	}

	public long actual() {
		return this.actual;
	}

}
