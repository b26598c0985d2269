package org.ducha.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** Collects the {@link NavItem}s of all modules and filters them by the user's roles. */
@Component
public class Navigation {

	private final List<NavItem> items;

	Navigation(List<NavItem> items) {
		this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
	}

	public List<NavItem> visibleTo(Authentication auth) {
		if (auth == null || !auth.isAuthenticated()) {
			return List.of();
		}
		Set<String> roles = roles(auth);
		return items.stream().filter(i -> i.visibleTo(roles)).toList();
	}

	static Set<String> roles(Authentication auth) {
		return auth.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.collect(Collectors.toSet());
	}
}
