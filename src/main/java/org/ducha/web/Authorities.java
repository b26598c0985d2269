package org.ducha.web;

import java.util.Set;

import org.springframework.security.core.Authentication;

/** Role checks on an {@link Authentication} for navigation and home-page contributions. */
public final class Authorities {

	private Authorities() {
	}

	/** Whether the user holds one of the role codes (SPEC §1, without the {@code ROLE_} prefix). */
	public static boolean hasAnyRole(Authentication user, String... roles) {
		if (user == null || !user.isAuthenticated()) {
			return false;
		}
		Set<String> held = Navigation.roles(user);
		for (String role : roles) {
			if (held.contains(role)) {
				return true;
			}
		}
		return false;
	}
}
