package org.ducha.access;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

	/** At most this many values in one IN list. */
	static final int BATCH = 500;

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
	 * Accounts by user name (active or not), keyed by the names as given, in one look-up per
	 * {@value #BATCH} names: the batch form of {@link #findUser}. Unknown names are left out.
	 */
	public Map<String, CurrentUser> findUsers(Collection<String> usernames) {
		Map<String, List<String>> asked = new LinkedHashMap<>();
		usernames.stream()
			.filter(Objects::nonNull)
			.distinct()
			.forEach(name -> asked.computeIfAbsent(Logins.normalize(name), k -> new ArrayList<>()).add(name));
		Map<String, CurrentUser> found = new LinkedHashMap<>();
		for (List<String> batch : batches(List.copyOf(asked.keySet()))) {
			users.findByUsernameIn(batch).forEach(u -> {
				CurrentUser user = u.toCurrentUser();
				asked.getOrDefault(u.getUsername(), List.of()).forEach(name -> found.put(name, user));
			});
		}
		return found;
	}

	/**
	 * Active accounts of any of the units holding any of the roles, by user name, in one look-up per
	 * {@value #BATCH} units: the batch form of {@link #usersWithRole(Role, String)}, e.g. the liaisons
	 * and principals of every unit urged today. Each user carries all its roles.
	 */
	public List<CurrentUser> usersWithRoles(Set<Role> roles, Collection<String> unitCodes) {
		List<String> units = unitCodes.stream().filter(Objects::nonNull).distinct().toList();
		if (roles.isEmpty()) {
			return List.of();
		}
		List<CurrentUser> found = new ArrayList<>();
		for (List<String> batch : batches(units)) {
			users.findActiveWithRoleInUnits(roles, batch).forEach(u -> found.add(u.toCurrentUser()));
		}
		found.sort(Comparator.comparing(CurrentUser::username));
		return found;
	}

	/**
	 * Active accounts linked to any of the cadres and holding at least one role, by user name, in
	 * one look-up per {@value #BATCH} cadres, e.g. the accounts of the supervising district leaders.
	 */
	public List<CurrentUser> usersOfCadres(Collection<String> cadreNos) {
		List<String> cadres = cadreNos.stream().filter(Objects::nonNull).distinct().toList();
		List<CurrentUser> found = new ArrayList<>();
		for (List<String> batch : batches(cadres)) {
			users.findActiveWithAnyRoleOfCadres(batch).forEach(u -> found.add(u.toCurrentUser()));
		}
		found.sort(Comparator.comparing(CurrentUser::username));
		return found;
	}

	private static List<List<String>> batches(List<String> values) {
		List<List<String>> batches = new ArrayList<>();
		for (int from = 0; from < values.size(); from += BATCH) {
			batches.add(values.subList(from, Math.min(values.size(), from + BATCH)));
		}
		return batches;
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
