package io.industryatlas.imports;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the import ({@code atlas.import.*}). The size of an upload is Spring's
 * multipart setting ({@code spring.servlet.multipart.max-file-size}).
 *
 * @param maxRows the most rows one file may have: a file is written in one transaction,
 * whose size this bounds
 * @param batchSize rows per database statement, for the look-ups and the writes
 * @param progressEvery progress is logged, and streamed to clients that ask for it, every
 * this many rows
 * @param maxProblems the most problems a report lists (it always gives their number)
 * @param maxUnpackedSize the most an XLSX file (a ZIP package) may unpack to
 */
@ConfigurationProperties("atlas.import")
public record ImportProperties(@DefaultValue("50000") int maxRows, @DefaultValue("1000") int batchSize,
		@DefaultValue("1000") int progressEvery, @DefaultValue("5000") int maxProblems,
		@DefaultValue("200MB") DataSize maxUnpackedSize) {

}
