package io.industryatlas.security;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads an account from a validated JWT: its name, roles, parks and regions come from the
 * claims named in {@code atlas.security.jwt.*}. Unknown role names are ignored, so a
 * token from a shared identity provider grants nothing here unless it names our roles.
 */
final class JwtActorConverter implements Converter<Jwt, AbstractAuthenticationToken> {

	private final SecurityProperties.Jwt claims;

	JwtActorConverter(SecurityProperties.Jwt claims) {
		this.claims = claims;
	}

	@Override
	public AbstractAuthenticationToken convert(Jwt jwt) {
		String username = jwt.getClaimAsString(this.claims.usernameClaim());
		if (username == null || username.isBlank()) {
			username = jwt.getSubject();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : strings(jwt, this.claims.rolesClaim())) {
			String normalized = name.toUpperCase(Locale.ROOT).replace("ROLE_", "");
			for (Role role : Role.values()) {
				if (role.name().equals(normalized)) {
					roles.add(role);
				}
			}
		}
		Actor actor = new Actor((username != null) ? username : "unknown", roles,
				strings(jwt, this.claims.parksClaim()), strings(jwt, this.claims.regionsClaim()));
		return new ActorAuthentication(actor, jwt);
	}

	private static Set<String> strings(Jwt jwt, String claim) {
		if (!jwt.hasClaim(claim)) {
			return Set.of();
		}
		Object value = jwt.getClaims().get(claim);
		if (value instanceof String text) {
			return Set.of(text.split("[\\s,]+"));
		}
		List<String> list = jwt.getClaimAsStringList(claim);
		return (list != null) ? new HashSet<>(list) : Set.of();
	}

	/** An authenticated JWT whose principal is the {@link Actor}. */
	static final class ActorAuthentication extends AbstractAuthenticationToken {

		private final Actor actor;

		private final transient Jwt jwt;

		ActorAuthentication(Actor actor, Jwt jwt) {
			super(actor.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
			this.actor = actor;
			this.jwt = jwt;
			setAuthenticated(true);
		}

		@Override
		public Object getPrincipal() {
			return this.actor;
		}

		@Override
		public @Nullable Object getCredentials() {
			return this.jwt;
		}

		@Override
		public String getName() {
			return this.actor.username();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof ActorAuthentication that && this.actor.equals(that.actor);
		}

		@Override
		public int hashCode() {
			return this.actor.hashCode();
		}

	}

}
