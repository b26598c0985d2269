package org.ducha.access;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer <token>} header. An unknown,
 * expired or revoked token leaves the request unauthenticated, so a non-public call answers 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String INVALID_TOKEN = BearerTokenFilter.class.getName() + ".invalid";

	private static final String PREFIX = "bearer ";

	private final ApiTokens tokens;

	BearerTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String token = header.substring(PREFIX.length()).strip();
			tokens.resolve(token).ifPresentOrElse(user -> {
				SecurityContext context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(user.toAuthentication());
				SecurityContextHolder.setContext(context);
			}, () -> request.setAttribute(INVALID_TOKEN, Boolean.TRUE));
		}
		chain.doFilter(request, response);
	}
}
