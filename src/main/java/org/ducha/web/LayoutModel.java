package org.ducha.web;

import java.util.List;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the navigation of the signed-in user into every page model. */
@ControllerAdvice
class LayoutModel {

	private final Navigation navigation;

	LayoutModel(Navigation navigation) {
		this.navigation = navigation;
	}

	@ModelAttribute("navigation")
	List<NavItem> navigation(Authentication auth) {
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return List.of();
		}
		return navigation.visibleTo(auth);
	}
}
