package io.industryatlas.enterprise;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The inputs of the enterprise mutations (see schema/enterprise.graphqls). */
final class EnterpriseInputs {

	private EnterpriseInputs() {
	}

	record RegisterEnterpriseInput(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String nameEn,
			@Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases, @NotBlank String uscc,
			@Nullable @Size(min = 5, max = 500) String usccException, @NotBlank String regionCode) {

	}

	record UpdateEnterpriseInput(@NotBlank String id, @PositiveOrZero long version,
			@Nullable @Size(min = 1, max = 200) String name, @Nullable @Size(max = 200) String nameEn,
			@Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> aliases, @Nullable String uscc,
			@Nullable @Size(min = 5, max = 500) String usccException, @Nullable String regionCode) {

	}

	record SetEnterpriseChainLinksInput(@NotBlank String enterpriseId, @PositiveOrZero long version,
			@NotNull @Size(max = 200) List<@NotBlank String> linkIds) {

	}

}
