package org.ducha.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 of the API filter chain as RFC 9457 problem details with a stable {@code code}
 * (UNAUTHENTICATED, FORBIDDEN), shaped like the ones of the web layer's exception handler.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final JsonMapper json;

	ProblemResponses(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				request.getAttribute(BearerTokenFilter.INVALID_TOKEN) != null ? "Bearer error=\"invalid_token\"" : "Bearer");
		write(request, response, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
			throws IOException {
		write(request, response, HttpStatus.FORBIDDEN, "FORBIDDEN");
	}

	private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:ducha:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-'));
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", messages.getMessage("error." + code, null, status.getReasonPhrase(), locale));
		problem.put("instance", request.getRequestURI());
		problem.put("code", code);
		response.setStatus(status.value());
		response.setCharacterEncoding("UTF-8");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		json.writeValue(response.getOutputStream(), problem);
	}
}
