package io.industryatlas.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A local account as Spring Security sees it, carrying its parks and regions. */
final class AccountDetails extends User {

	private final Actor actor;

	AccountDetails(SecurityProperties.Account account) {
		super(account.username(), account.password(),
				account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.actor = new Actor(account.username(), account.roles(), account.parks(), account.regions());
	}

	Actor actor() {
		return this.actor;
	}

	@Override
	public boolean equals(Object other) {
		return super.equals(other);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
