package io.industryatlas.park;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The inputs of the park mutations (see schema/park.graphqls). */
final class ParkInputs {

	static final String KINDS = "PARK|BASE|ZONE|INCUBATOR|TOWN|OTHER";

	static final String STATUSES = "EXISTING|PLANNED";

	private ParkInputs() {
	}

	record CreateParkInput(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String nameEn,
			@NotBlank @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
			@Nullable @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
			@NotBlank String regionCode) {

	}

	record UpdateParkInput(@NotBlank String id, @PositiveOrZero long version,
			@Nullable @Size(min = 1, max = 200) String name, @Nullable @Size(max = 200) String nameEn,
			@Nullable @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
			@Nullable @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
			@Nullable String regionCode) {

	}

}
