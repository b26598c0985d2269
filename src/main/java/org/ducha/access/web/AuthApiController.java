package org.ducha.access.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.access.AccessControl;
import org.ducha.access.ApiTokens;
import org.ducha.access.LoginOutcome;
import org.ducha.access.Logins;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * API authentication (API.md): a token for a user name and password, its revocation, the caller's
 * identity, and the login log for the security administrator and the auditor.
 */
@RestController
@Tag(name = "Authentication")
class AuthApiController {

	private static final int MAX_PAGE_SIZE = 100;

	private final ApiTokens tokens;
	private final AccessControl access;
	private final Logins logins;
	private final Clock clock;
	private final AccessExports exports;

	AuthApiController(ApiTokens tokens, AccessControl access, Logins logins, Clock clock, AccessExports exports) {
		this.tokens = tokens;
		this.access = access;
		this.logins = logins;
		this.clock = clock;
		this.exports = exports;
	}

	/** 200 with a token; 401 BAD_CREDENTIALS; 423 ACCOUNT_LOCKED; 403 PASSWORD_CHANGE_REQUIRED. */
	@PostMapping("/api/v1/auth/token")
	@SecurityRequirements
	TokenResponse token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		ApiTokens.IssuedToken issued = tokens.issue(request.username(), request.password(), http.getRemoteAddr());
		return new TokenResponse(issued.token(), issued.expiresAt());
	}

	/** Revokes the token of this request. */
	@DeleteMapping("/api/v1/auth/token")
	ResponseEntity<Void> revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
		tokens.revoke(authorization.substring(Math.min(authorization.length(), "Bearer ".length())).strip());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/auth/me")
	MeResponse me() {
		return MeResponse.of(access.currentUser());
	}

	/** The login log, newest first (SECURITY_ADMIN, AUDITOR; enforced by the API filter chain). */
	@GetMapping("/api/v1/access/login-events")
	ListPage<LoginEventJson> loginEvents(@RequestParam(required = false) String username,
			@RequestParam(required = false) LoginOutcome outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, MAX_PAGE_SIZE),
				AccessExports.NEWEST_FIRST);
		return ListPage.of(logins.search(username, outcome, request), e -> LoginEventJson.of(e, clock.getZone()));
	}

	/** The whole filtered login log as .xlsx (the same roles as the list). */
	@GetMapping(path = "/api/v1/access/login-events", params = "format=xlsx")
	void loginEventsXlsx(@RequestParam(required = false) String username,
			@RequestParam(required = false) LoginOutcome outcome, HttpServletResponse response) throws IOException {
		exports.loginLog(username, outcome, response);
	}
}
