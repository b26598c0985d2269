package org.ducha.access.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.Role;
import org.ducha.access.UserAccount;
import org.ducha.access.UserAccounts;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Role grants for the security administrator, under the separation of the three administrators. */
@Controller
@RequestMapping("/access/grants")
@PreAuthorize("hasRole('SECURITY_ADMIN')")
class RoleGrantController {

	/** The list filter as the page shows it. */
	record GrantFilter(String text, Role role) {
	}

	private final UserAccounts accounts;
	private final Clock clock;
	private final AccessExports exports;

	RoleGrantController(UserAccounts accounts, Clock clock, AccessExports exports) {
		this.accounts = accounts;
		this.clock = clock;
		this.exports = exports;
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		Instant now = Instant.now(clock);
		Page<UserRow> rows = accounts
			.search(new UserAccounts.Filter(text, null, null, false, role), Pages.page(page, Sort.by("username")))
			.map(u -> UserRow.of(u, now, clock.getZone()));
		model.addAttribute("filter", new GrantFilter(text, role));
		model.addAttribute("rows", rows);
		model.addAttribute("roles", Role.values());
		return htmx.isHtmxRequest() ? "access/grants :: results" : "access/grants";
	}

	/** The export button: the whole list under the same filters as .xlsx. */
	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) String text, @RequestParam(required = false) Role role,
			HttpServletResponse response) throws IOException {
		exports.grants(new UserAccounts.Filter(text, null, null, false, role), response);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		UserAccount user = accounts.get(id);
		List<Role> grantable = Arrays.stream(Role.values()).filter(r -> !user.getRoles().contains(r)).toList();
		model.addAttribute("user", UserRow.of(user, Instant.now(clock), clock.getZone()));
		model.addAttribute("grantable", grantable);
		return "access/grant";
	}

	@PostMapping("/{id}/grant")
	String grant(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
		try {
			accounts.grant(id, role);
			Pages.notice(redirect, "access.grants.granted");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			Pages.failure(redirect, e);
		}
		return "redirect:/access/grants/" + id;
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
		try {
			accounts.revoke(id, role);
			Pages.notice(redirect, "access.grants.revoked");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			Pages.failure(redirect, e);
		}
		return "redirect:/access/grants/" + id;
	}
}
