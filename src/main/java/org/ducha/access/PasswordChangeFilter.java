package org.ducha.access;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/** Redirects every page to the password change while a forced change is pending (SPEC §15). */
class PasswordChangeFilter extends OncePerRequestFilter {

	private static final List<String> ALLOWED_PREFIXES = List.of(ForcedPasswordChange.PAGE, "/logout", "/login",
			"/error", "/webjars/", "/css/", "/js/", "/public/", "/actuator/health", "/favicon");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!ForcedPasswordChange.isPending(request) || allowed(request)) {
			chain.doFilter(request, response);
			return;
		}
		String target = request.getContextPath() + ForcedPasswordChange.PAGE;
		if (request.getHeader("HX-Request") != null) {
			response.setHeader("HX-Redirect", target);
			response.setStatus(HttpServletResponse.SC_NO_CONTENT);
			return;
		}
		response.sendRedirect(target);
	}

	private static boolean allowed(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return ALLOWED_PREFIXES.stream().anyMatch(path::startsWith);
	}
}
