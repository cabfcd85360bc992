package io.industryatlas.imports;

import java.util.List;

import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;

/**
 * One kind of import: the columns it reads, who may run it, and how it checks the rows
 * against the atlas and writes them.
 */
interface Importer {

	/** Its name in the path and the report, e.g. {@code enterprises}. */
	String kind();

	/** The operation its audit records name, e.g. {@code importEnterprises}. */
	String operation();

	List<Column> columns();

	/** The roles that may run it; which rows each may import is checked row by row. */
	List<Role> roles();

	/**
	 * Checks every row, in the caller's transaction, reporting each problem to
	 * {@code problems}, and plans what the rows change.
	 * @param lock whether to lock what the plan will change until the transaction ends (a
	 * real run; a dry run only reads)
	 */
	Plan plan(Actor actor, Table table, ImportProblems problems, Progress progress, boolean lock);

	/** What the rows without problems change. */
	interface Plan {

		int created();

		int updated();

		int unchanged();

		/** Writes the changes, with their audit records, in the caller's transaction. */
		void write(Actor actor, Progress progress);

	}

}
