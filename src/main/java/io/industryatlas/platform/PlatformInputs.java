package io.industryatlas.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The inputs of the platform mutations (see schema/platform.graphqls). */
final class PlatformInputs {

	static final String KINDS = "KEY_LAB|ENGINEERING_CENTER|TECH_INNOVATION_CENTER|MANUFACTURING_INNOVATION_CENTER"
			+ "|PILOT_PLATFORM|TESTING_CENTER|SERVICE_PLATFORM|OTHER";

	static final String LEVELS = "NATIONAL|MINISTERIAL|PROVINCIAL|MUNICIPAL";

	static final String STATUSES = "EXISTING|PLANNED";

	private PlatformInputs() {
	}

	record CreatePlatformInput(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String nameEn,
			@NotBlank @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
			@Nullable @Pattern(regexp = LEVELS, message = "must be one of " + LEVELS) String level,
			@Nullable @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
			@NotBlank String regionCode, @Nullable String parkId) {

	}

	record UpdatePlatformInput(@NotBlank String id, @PositiveOrZero long version,
			@Nullable @Size(min = 1, max = 200) String name, @Nullable @Size(max = 200) String nameEn,
			@Nullable @Pattern(regexp = KINDS, message = "must be one of " + KINDS) String kind,
			@Nullable @Pattern(regexp = LEVELS, message = "must be one of " + LEVELS) String level,
			@Nullable @Pattern(regexp = STATUSES, message = "must be one of " + STATUSES) String status,
			@Nullable String regionCode, @Nullable String parkId) {

	}

}
