package io.industryatlas.award;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import io.industryatlas.source.SourceInput;

/** A new entry of an enterprise's or platform's award history (see schema). */
record RecordAwardInput(@NotBlank String holderId, @NotBlank @Size(max = 200) String title,
		@Nullable @Pattern(regexp = LEVELS, message = "must be one of " + LEVELS) String level,
		@Nullable @Size(max = 200) String issuingBody, @Nullable LocalDate awardedOn,
		@Nullable @Min(1949) @Max(2100) Integer year, @Nullable LocalDate validUntil, @Nullable String recognition,
		@Nullable String measureId, @Nullable @Valid SourceInput source, @Nullable String supersedes,
		@Nullable @Size(max = 500) String note) {

	static final String LEVELS = "NATIONAL|MINISTERIAL|PROVINCIAL|MUNICIPAL";

}
