package io.industryatlas.security;

/** What an account may write; reads are open unless login is required for them too. */
public enum Role {

	/** Maintains the tenants of the parks assigned to it, and nothing else. */
	PARK_MANAGER,

	/**
	 * Maintains enterprises, parks, platforms, awards, chain coverage and tenancies
	 * within the regions assigned to it.
	 */
	BUREAU_EDITOR,

	/** Does everything, and reads the audit log. */
	ADMIN;

	/** The Spring Security authority of the role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
