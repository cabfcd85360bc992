package io.industryatlas.security;

import java.util.Optional;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Who the caller is logged in as, so that a frontend can offer only what it may do. */
@Controller
class ViewerController {

	private final Access access;

	ViewerController(Access access) {
		this.access = access;
	}

	@QueryMapping
	Optional<Actor> viewer() {
		return this.access.current();
	}

}
