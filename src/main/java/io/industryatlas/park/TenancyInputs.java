package io.industryatlas.park;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import io.industryatlas.source.SourceInput;

/** The inputs of the tenancy mutations (see schema/park.graphqls). */
final class TenancyInputs {

	private TenancyInputs() {
	}

	record MoveTenantInInput(@NotBlank String parkId, @NotBlank String enterpriseId, @NotNull LocalDate since,
			@Nullable LocalDate until, @Nullable @Valid SourceInput source) {

	}

	record MoveTenantOutInput(@NotBlank String parkId, @NotBlank String enterpriseId, @NotNull LocalDate until) {

	}

}
