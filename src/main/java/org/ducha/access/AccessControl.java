package org.ducha.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is signed in and which business data they may see (SPEC §1): the service other modules use
 * to enforce data scope in their own services and queries, with parameters, never concatenated SQL.
 */
@Service
@Transactional(readOnly = true)
public class AccessControl {

	private final UserAccountRepository users;
	private final Organization organization;

	AccessControl(UserAccountRepository users, Organization organization) {
		this.users = users;
		this.organization = organization;
	}

	/** The signed-in user of the current request, if any. */
	public Optional<CurrentUser> findCurrentUser() {
		return userOf(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The signed-in user of the current request; UNAUTHENTICATED (401) if there is none. */
	public CurrentUser currentUser() {
		return findCurrentUser().orElseThrow(() -> new DomainException(DomainException.Kind.UNAUTHENTICATED,
				"UNAUTHENTICATED", "not signed in"));
	}

	/**
	 * The user behind an authentication. Page sessions and API tokens carry a {@link CurrentUser};
	 * for any other authentication (e.g. a test's mock user) the roles come from its authorities and
	 * the cadre and unit from the account of the same name, if there is one.
	 */
	public Optional<CurrentUser> userOf(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof CurrentUser user) {
			return Optional.of(user);
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Role.fromAuthority(authority.getAuthority()).ifPresent(roles::add);
		}
		String name = authentication.getName();
		return Optional.of(users.findByUsername(name)
			.map(u -> new CurrentUser(u.getUsername(), u.getDisplayName(), u.getCadreNo(), u.getUnitCode(), roles))
			.orElseGet(() -> new CurrentUser(name, name, null, null, roles)));
	}

	/** The data scope of the current request's user; {@link DataScope#none()} when nobody is signed in. */
	public DataScope currentScope() {
		return scopeOf(SecurityContextHolder.getContext().getAuthentication());
	}

	public DataScope scopeOf(Authentication authentication) {
		return userOf(authentication).map(this::scopeOf).orElse(DataScope.none());
	}

	public DataScope scopeOf(CurrentUser user) {
		return scopeFor(user, organization::subtreeCodes);
	}

	/** An account by user name (active or not), e.g. to check a handler's cadre and unit for recusal. */
	public Optional<CurrentUser> findUser(String username) {
		return username == null ? Optional.empty()
				: users.findByUsername(Logins.normalize(username)).map(UserAccount::toCurrentUser);
	}

	/** Active accounts holding a role, e.g. to notify every officer. */
	public List<CurrentUser> usersWithRole(Role role) {
		return users.findActiveWithRole(role, null).stream().map(UserAccount::toCurrentUser).toList();
	}

	/** Active accounts of a unit holding a role, e.g. the liaison of the unit an item is handed to. */
	public List<CurrentUser> usersWithRole(Role role, String unitCode) {
		return users.findActiveWithRole(role, unitCode).stream().map(UserAccount::toCurrentUser).toList();
	}

	/**
	 * The scope rule of SPEC §1: district roles see the district; unit roles their unit's subtree;
	 * INTAKE_OFFICER and INSPECTOR their own records; administrators nothing. Roles combine.
	 */
	static DataScope scopeFor(CurrentUser user, Function<String, Set<String>> subtree) {
		DataScope scope = DataScope.none();
		for (Role role : user.roles()) {
			scope = switch (role.kind()) {
				case ADMINISTRATOR -> scope;
				case DISTRICT -> scope.union(DataScope.district());
				case UNIT -> user.unitCode() == null ? scope : scope.union(DataScope.units(subtree.apply(user.unitCode())));
				case OWN_RECORDS -> scope.withOwnRecordsOf(user.username());
			};
		}
		return scope;
	}
}
