package io.industryatlas.imports;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import io.industryatlas.security.Access;
import io.industryatlas.security.Actor;
import io.industryatlas.security.Role;

/**
 * Runs imports. A run reads the whole file, then, in one transaction, checks every row
 * against the atlas and, when it is a real run and no row has a problem, writes all the
 * changes (in batches) with their audit records. A dry run does the same checks in a
 * read-only transaction and writes nothing; a real run with a problem writes nothing
 * either.
 */
@Service
class Imports {

	private static final Log logger = LogFactory.getLog(Imports.class);

	private final Map<String, Importer> importers;

	private final Access access;

	private final PlatformTransactionManager transactions;

	private final ImportProperties settings;

	Imports(List<Importer> importers, Access access, PlatformTransactionManager transactions,
			ImportProperties settings) {
		this.importers = importers.stream().collect(Collectors.toUnmodifiableMap(Importer::kind, Function.identity()));
		this.access = access;
		this.transactions = transactions;
		this.settings = settings;
	}

	/**
	 * Takes an upload once the caller may run this kind of import and the file is CSV or
	 * XLSX; refuses it (403, 404, 415) before anything is checked or streamed.
	 */
	Upload accept(String kind, MultipartFile file) throws IOException {
		Importer importer = this.importers.get(kind);
		if (importer == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No import of '%s': there are %s".formatted(kind, this.importers.keySet()));
		}
		Actor actor = this.access.require(importer.roles().toArray(Role[]::new));
		byte[] bytes = file.getBytes();
		Format format = Format.of(file.getOriginalFilename(), file.getContentType(), bytes);
		return new Upload(importer, actor, format, file.getOriginalFilename(), bytes);
	}

	/** Runs an import, telling {@code listener} how far it has got. */
	ImportReport run(Upload upload, boolean dryRun, Consumer<Progress.Line> listener) {
		long start = System.nanoTime();
		Importer importer = upload.importer();
		Progress progress = new Progress(
				"Import of %s by %s from %s".formatted(importer.kind(), upload.actor().username(), upload.filename()),
				this.settings.progressEvery(), listener);
		ImportProblems problems = new ImportProblems(this.settings.maxProblems());
		Table table = Table.read(upload.format(), upload.bytes(), importer.columns(), this.settings, problems,
				progress);
		Outcome outcome = Outcome.NONE;
		if (!problems.any()) {
			TransactionTemplate transaction = new TransactionTemplate(this.transactions);
			transaction.setReadOnly(dryRun);
			outcome = transaction.execute(status -> {
				Importer.Plan plan = importer.plan(upload.actor(), table, problems, progress, !dryRun);
				boolean write = !dryRun && !problems.any() && plan.created() + plan.updated() > 0;
				if (write) {
					plan.write(upload.actor(), progress);
				}
				else {
					status.setRollbackOnly();
				}
				return new Outcome(plan.created(), plan.updated(), plan.unchanged(), write);
			});
		}
		ImportReport report = new ImportReport(importer.kind(), upload.format().key(), dryRun, table.rows().size(),
				outcome.created(), outcome.updated(), outcome.unchanged(), problems.list(), problems.count(),
				outcome.written(), (System.nanoTime() - start) / 1_000_000, table.ignoredColumns());
		logger.info(("Import of %s by %s from %s (%s, %d rows%s): %d created, %d updated, %d unchanged, "
				+ "%d problem(s), %s in %d ms")
			.formatted(report.kind(), upload.actor().username(), upload.filename(), report.format(), report.rows(),
					dryRun ? ", dry run" : "", report.created(), report.updated(), report.unchanged(),
					report.problemCount(), report.written() ? "written" : "nothing written", report.millis()));
		return report;
	}

	/** An upload an import may read. */
	record Upload(Importer importer, Actor actor, Format format, @Nullable String filename, byte[] bytes) {

	}

	private record Outcome(int created, int updated, int unchanged, boolean written) {

		static final Outcome NONE = new Outcome(0, 0, 0, false);

	}

}
