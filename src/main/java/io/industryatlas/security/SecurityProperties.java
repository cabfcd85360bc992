package io.industryatlas.security;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code atlas.security.*}).
 *
 * @param requireLoginForReads whether queries need a logged-in account too (by default
 * anyone may read; writes always need an account)
 * @param accounts local accounts, each with a hashed password (see the README for the
 * first administrator); none by default, so a fresh install is read-only
 * @param jwt where an OAuth2 resource server's JWTs carry the account's name, roles,
 * parks and regions
 * @param actuatorAdminOnly whether every actuator endpoint but health and info (the
 * metrics at {@code /actuator/prometheus}) needs the ADMIN role, on whichever port the
 * actuator is served; the {@code prod} profile sets it, otherwise they are read like the
 * API
 */
@ConfigurationProperties("atlas.security")
public record SecurityProperties(@DefaultValue("false") boolean requireLoginForReads, List<Account> accounts,
		@DefaultValue Jwt jwt, @DefaultValue("false") boolean actuatorAdminOnly) {

	public SecurityProperties {
		accounts = (accounts != null) ? List.copyOf(accounts) : List.of();
	}

	/**
	 * A local account.
	 *
	 * @param username the login name
	 * @param password the password hash with its encoder's id, e.g.
	 * {@code {bcrypt}$2a$...}; plain text and {@code {noop}} are refused at start-up
	 * @param roles its roles
	 * @param parks ids of the parks a park manager looks after
	 * @param regions GB/T 2260 codes of the regions a bureau editor works in (their
	 * subdivisions included)
	 */
	public record Account(String username, String password, Set<Role> roles, @Nullable Set<String> parks,
			@Nullable Set<String> regions) {

		public Account {
			roles = (roles != null) ? Set.copyOf(roles) : Set.of();
			parks = (parks != null) ? Set.copyOf(parks) : Set.of();
			regions = (regions != null) ? Set.copyOf(regions) : Set.of();
		}

	}

	/**
	 * Names of the JWT claims the app reads.
	 *
	 * @param usernameClaim the account name (falls back to {@code sub})
	 * @param rolesClaim a list of role names such as {@code BUREAU_EDITOR}
	 * @param parksClaim a list of park ids
	 * @param regionsClaim a list of region codes
	 */
	public record Jwt(@DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("roles") String rolesClaim, @DefaultValue("parks") String parksClaim,
			@DefaultValue("regions") String regionsClaim) {

	}

}
