package org.ducha.organization.web;

import jakarta.servlet.http.HttpServletRequest;

/** One URL serves the whole page, or only the named fragment to htmx. */
final class Htmx {

	private Htmx() {
	}

	static String pageOrFragment(HttpServletRequest request, String template, String fragment) {
		return request.getHeader("HX-Request") != null ? template + " :: " + fragment : template;
	}
}
