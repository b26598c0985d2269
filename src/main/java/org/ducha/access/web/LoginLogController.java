package org.ducha.access.web;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.LoginOutcome;
import org.ducha.access.Logins;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login log, for the security administrator and the auditor. */
@Controller
@PreAuthorize("hasAnyRole('SECURITY_ADMIN', 'AUDITOR')")
class LoginLogController {

	/** The list filter as the page shows it. */
	record LogFilter(String username, LoginOutcome outcome) {
	}

	private final Logins logins;
	private final Clock clock;
	private final AccessExports exports;

	LoginLogController(Logins logins, Clock clock, AccessExports exports) {
		this.logins = logins;
		this.clock = clock;
		this.exports = exports;
	}

	@GetMapping("/access/login-log")
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) LoginOutcome outcome,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", new LogFilter(username, outcome));
		model.addAttribute("outcomes", LoginOutcome.values());
		model.addAttribute("rows", logins
			.search(username, outcome, Pages.page(page, AccessExports.NEWEST_FIRST))
			.map(e -> LoginEventRow.of(e, clock.getZone())));
		return htmx.isHtmxRequest() ? "access/login-log :: results" : "access/login-log";
	}

	/** The export button: the whole log under the same filters as .xlsx. */
	@GetMapping(path = "/access/login-log", params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) String username, @RequestParam(required = false) LoginOutcome outcome,
			HttpServletResponse response) throws IOException {
		exports.loginLog(username, outcome, response);
	}
}
