package io.industryatlas.imports;

import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * How far an import has got: logged, and passed to a listener (the stream a client asked
 * for), every {@code atlas.import.progress-every} rows and at the end of each phase.
 */
final class Progress {

	private static final Log logger = LogFactory.getLog(Progress.class);

	private final String what;

	private final int every;

	private final Consumer<Line> listener;

	private String phase = "";

	private int last;

	Progress(String what, int every, Consumer<Line> listener) {
		this.what = what;
		this.every = Math.max(1, every);
		this.listener = listener;
	}

	/**
	 * Row {@code row} (counted from 1) of {@code of} (null while unknown) is done in
	 * {@code phase}.
	 */
	void at(String phase, int row, @Nullable Integer of) {
		if (!phase.equals(this.phase)) {
			this.phase = phase;
			this.last = 0;
		}
		boolean step = row / this.every > this.last / this.every;
		boolean end = of != null && row == of && row != this.last;
		if (step || end) {
			this.last = row;
			// Long files are logged as they go; a short one only by its summary.
			if (step ? logger.isInfoEnabled() : logger.isDebugEnabled()) {
				String message = "%s: %s row %d%s".formatted(this.what, phase, row, (of != null) ? " of " + of : "");
				if (step) {
					logger.info(message);
				}
				else {
					logger.debug(message);
				}
			}
			this.listener.accept(new Line(phase, row, of));
		}
	}

	/**
	 * One line of progress, e.g. {@code {"phase":"validating","row":2000,"of":5000}}.
	 *
	 * @param phase {@code reading}, {@code validating} or {@code writing}
	 * @param row rows done
	 * @param of rows in all, once known
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Line(String phase, int row, @Nullable Integer of) {

	}

}
