package org.ducha.access;

import java.io.Serial;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as other modules see it: the principal of every authentication this module
 * creates (page session or API token). {@code cadreNo} and {@code unitCode} are the codes of
 * DEMO.md/organization and may be null.
 */
public record CurrentUser(String username, String displayName, String cadreNo, String unitCode, Set<Role> roles)
		implements AuthenticatedPrincipal, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public CurrentUser {
		roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(Role... candidates) {
		return Arrays.stream(candidates).anyMatch(roles::contains);
	}

	/** Holds one of the three administrator roles, and therefore sees no business data. */
	public boolean isAdministrator() {
		return roles.stream().anyMatch(Role::isAdministrator);
	}

	@Override
	public String getName() {
		return username;
	}

	public List<GrantedAuthority> authorities() {
		return roles.stream().sorted().map(Role::grantedAuthority).toList();
	}

	/**
	 * An authenticated token with this user as principal, e.g. for tests of other modules:
	 * {@code .with(authentication(new CurrentUser("zjj", "周强", "C010", "ZJJ", Set.of(Role.UNIT_PRINCIPAL)).toAuthentication()))}.
	 */
	public Authentication toAuthentication() {
		return UsernamePasswordAuthenticationToken.authenticated(this, null, authorities());
	}
}
