package org.ducha.web;

import java.util.Set;

/**
 * One entry of the main navigation, contributed as a bean by the module that owns the page.
 * It shows only to users holding one of {@code roles} (role codes of SPEC §1, without the
 * {@code ROLE_} prefix); an empty set means every signed-in user.
 */
public record NavItem(String messageKey, String href, int order, Set<String> roles) {

	public static NavItem of(String messageKey, String href, int order, String... roles) {
		return new NavItem(messageKey, href, order, Set.of(roles));
	}

	boolean visibleTo(Set<String> userRoles) {
		return roles.isEmpty() || roles.stream().anyMatch(userRoles::contains);
	}
}
