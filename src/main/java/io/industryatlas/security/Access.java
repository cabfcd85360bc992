package io.industryatlas.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import io.industryatlas.region.Regions;

/**
 * Who is writing, and whether they may: every mutation asks here before it validates or
 * writes anything. A refusal is an {@link AccessDeniedException}, which the API reports
 * as UNAUTHORIZED to anonymous callers and FORBIDDEN to logged-in ones.
 */
@Component
public class Access {

	private final Regions regions;

	Access(Regions regions) {
		this.regions = regions;
	}

	/** The logged-in account, if any. */
	public Optional<Actor> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Object principal = authentication.getPrincipal();
		if (principal instanceof Actor actor) {
			return Optional.of(actor);
		}
		if (principal instanceof AccountDetails details) {
			return Optional.of(details.actor());
		}
		return Optional.empty();
	}

	/** The logged-in account, which must have one of {@code roles}. */
	public Actor require(Role... roles) {
		Actor actor = current().orElseThrow(() -> new AccessDeniedException("changes need a logged-in account."));
		if (Arrays.stream(roles).noneMatch(actor::has)) {
			throw new AccessDeniedException("'%s' may not do this: it needs the role %s.".formatted(actor.username(),
					String.join(" or ", Arrays.stream(roles).map(Role::name).toList())));
		}
		return actor;
	}

	/**
	 * An administrator may change anything; a bureau editor only what lies in the regions
	 * assigned to it (or their subdivisions).
	 * @param what what is being changed, for the message, e.g. "enterprise e-1"
	 */
	public void requireRegion(Actor actor, @Nullable String regionCode, String what) {
		regionRefusal(actor, regionCode, what).ifPresent(message -> {
			throw new AccessDeniedException(message);
		});
	}

	/**
	 * Why {@code actor} may not change {@code what} in a region, or empty when it may:
	 * the rule of {@link #requireRegion}, for callers that report refusals instead of
	 * throwing them (an import names the row).
	 */
	public Optional<String> regionRefusal(Actor actor, @Nullable String regionCode, String what) {
		if (actor.isAdmin() || (actor.has(Role.BUREAU_EDITOR) && regionCode != null && within(regionCode, actor))) {
			return Optional.empty();
		}
		return Optional.of("'%s' may not change %s in region %s: its regions are %s.".formatted(actor.username(), what,
				(regionCode != null) ? regionCode : "(none)", new TreeSet<>(actor.regions())));
	}

	/**
	 * Tenancies of a park may be changed by its park manager, a bureau editor of its
	 * region, or an administrator.
	 */
	public void requirePark(Actor actor, String parkId, @Nullable String parkRegion) {
		parkRefusal(actor, parkId, parkRegion).ifPresent(message -> {
			throw new AccessDeniedException(message);
		});
	}

	/** Why {@code actor} may not change the tenants of a park, or empty when it may. */
	public Optional<String> parkRefusal(Actor actor, String parkId, @Nullable String parkRegion) {
		if (actor.isAdmin() || (actor.has(Role.PARK_MANAGER) && actor.parks().contains(parkId))
				|| (actor.has(Role.BUREAU_EDITOR) && parkRegion != null && within(parkRegion, actor))) {
			return Optional.empty();
		}
		return Optional.of("'%s' may not change the tenants of park %s.".formatted(actor.username(), parkId));
	}

	/** Only administrators. */
	public Actor requireAdmin() {
		return require(Role.ADMIN);
	}

	private boolean within(String regionCode, Actor actor) {
		Regions.Tree tree = this.regions.tree();
		for (String code = regionCode; code != null; code = tree.parents().get(code)) {
			if (actor.regions().contains(code)) {
				return true;
			}
		}
		return false;
	}

}
