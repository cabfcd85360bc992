package io.industryatlas.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The document, clause and sentence a written fact is taken from.
 *
 * @param documentId a document of the atlas ({@code documents})
 * @param clause the clause in the document's own numbering
 * @param quote the sentence stating the fact, verbatim
 */
public record SourceInput(@NotBlank @Size(max = 160) String documentId, @NotBlank @Size(max = 40) String clause,
		@NotBlank @Size(max = 2000) String quote) {

}
