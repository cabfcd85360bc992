package io.industryatlas.security;

import java.util.Set;

/**
 * The logged-in account a write is made by.
 *
 * @param username its name, recorded in the audit log
 * @param roles its roles
 * @param parks the parks assigned to it (park managers)
 * @param regions the regions assigned to it (bureau editors)
 */
public record Actor(String username, Set<Role> roles, Set<String> parks, Set<String> regions) {

	public Actor {
		roles = Set.copyOf(roles);
		parks = Set.copyOf(parks);
		regions = Set.copyOf(regions);
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

}
