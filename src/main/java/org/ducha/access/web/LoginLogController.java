package org.ducha.access.web;

import java.time.Clock;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.LoginOutcome;
import org.ducha.access.Logins;
import org.springframework.data.domain.Sort;
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

	LoginLogController(Logins logins, Clock clock) {
		this.logins = logins;
		this.clock = clock;
	}

	@GetMapping("/access/login-log")
	String list(@RequestParam(required = false) String username, @RequestParam(required = false) LoginOutcome outcome,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		model.addAttribute("filter", new LogFilter(username, outcome));
		model.addAttribute("outcomes", LoginOutcome.values());
		model.addAttribute("rows", logins
			.search(username, outcome, Pages.page(page, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"))))
			.map(e -> LoginEventRow.of(e, clock.getZone())));
		return htmx.isHtmxRequest() ? "access/login-log :: results" : "access/login-log";
	}
}
