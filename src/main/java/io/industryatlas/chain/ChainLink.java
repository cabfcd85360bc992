package io.industryatlas.chain;

import org.jspecify.annotations.Nullable;
import org.neo4j.driver.types.MapAccessor;

import io.industryatlas.api.Rows;

/** One link of an industry chain (read model of {@code :ChainLink}). */
public record ChainLink(String id, String name, @Nullable String nameEn, Stage stage, int position) {

	public static ChainLink from(MapAccessor node) {
		Integer position = Rows.integer(node, "position");
		return new ChainLink(Rows.requiredString(node, "id"), Rows.requiredString(node, "name"),
				Rows.string(node, "nameEn"), Stage.valueOf(Rows.requiredString(node, "stage")),
				(position != null) ? position : 0);
	}

	/** Position of a link in its chain. */
	public enum Stage {

		UPSTREAM, MIDSTREAM, DOWNSTREAM

	}

}
