package org.ducha.access.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.AccountStatus;
import org.ducha.access.UserAccount;
import org.ducha.access.UserAccounts;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** User administration for the system administrator: list, create, edit, disable/enable, unlock, reset password. */
@Controller
@RequestMapping("/access/users")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class UserAdminController {

	private static final Map<String, String> FIELDS = Map.of(
			"USERNAME_INVALID", "username",
			"USERNAME_TAKEN", "username",
			"DISPLAY_NAME_INVALID", "displayName",
			"UNKNOWN_CADRE", "cadreNo",
			"UNKNOWN_UNIT", "unitCode",
			"UNIT_REQUIRED", "unitCode",
			"CADRE_REQUIRED", "cadreNo",
			"PASSWORD_TOO_WEAK", "initialPassword");

	private static final Map<String, String> RESET_FIELDS = Map.of("PASSWORD_TOO_WEAK", "newPassword");

	/** The list filter as the page shows it. */
	record UserFilter(String text, String unitCode, String status) {

		UserAccounts.Filter toFilter() {
			AccountStatus accountStatus = switch (status == null ? "" : status) {
				case "ACTIVE" -> AccountStatus.ACTIVE;
				case "DISABLED" -> AccountStatus.DISABLED;
				default -> null;
			};
			return new UserAccounts.Filter(text, unitCode, accountStatus, "LOCKED".equals(status), null);
		}
	}

	private final UserAccounts accounts;
	private final Organization organization;
	private final Clock clock;
	private final AccessExports exports;

	UserAdminController(UserAccounts accounts, Organization organization, Clock clock, AccessExports exports) {
		this.accounts = accounts;
		this.organization = organization;
		this.clock = clock;
		this.exports = exports;
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
			HtmxRequest htmx, Model model) {
		UserFilter filter = new UserFilter(text, unitCode, status);
		Instant now = Instant.now(clock);
		Page<UserRow> rows = accounts.search(filter.toFilter(), Pages.page(page, Sort.by("username")))
			.map(u -> UserRow.of(u, now, clock.getZone()));
		model.addAttribute("filter", filter);
		model.addAttribute("rows", rows);
		model.addAttribute("units", organization.allUnits());
		return htmx.isHtmxRequest() ? "access/users :: results" : "access/users";
	}

	/** The export button: the whole list under the same filters as .xlsx. */
	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) String text, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String status, HttpServletResponse response) throws IOException {
		exports.users(new UserFilter(text, unitCode, status).toFilter(), response);
	}

	@GetMapping("/new")
	String newForm(Model model) {
		model.addAttribute("form", NewUserForm.empty());
		return formPage(model);
	}

	@PostMapping
	String create(@ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UserAccount user = accounts.create(new UserAccounts.NewAccount(form.username(), form.displayName(),
						form.cadreNo(), form.unitCode(), form.initialPassword()));
				Pages.notice(redirect, "access.users.created");
				return "redirect:/access/users/" + user.getId();
			}
			catch (DomainException e) {
				FormErrors.reject(result, e, FIELDS);
			}
		}
		return formPage(model);
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		UserAccount user = accounts.get(id);
		model.addAttribute("profileForm", ProfileForm.of(user));
		model.addAttribute("resetForm", ResetPasswordForm.empty());
		return detailPage(user, model);
	}

	@PostMapping("/{id}")
	String updateProfile(@PathVariable long id, @ModelAttribute("profileForm") ProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.changeProfile(id, new UserAccounts.Profile(form.displayName(), form.cadreNo(), form.unitCode()));
				Pages.notice(redirect, "access.users.saved");
				return "redirect:/access/users/" + id;
			}
			catch (DomainException e) {
				if (e.kind() == DomainException.Kind.NOT_FOUND) {
					throw e;
				}
				FormErrors.reject(result, e, FIELDS);
			}
		}
		model.addAttribute("resetForm", ResetPasswordForm.empty());
		return detailPage(accounts.get(id), model);
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") ResetPasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				accounts.resetPassword(id, form.newPassword());
				Pages.notice(redirect, "access.users.passwordReset");
				return "redirect:/access/users/" + id;
			}
			catch (DomainException e) {
				if (e.kind() == DomainException.Kind.NOT_FOUND) {
					throw e;
				}
				FormErrors.reject(result, e, RESET_FIELDS);
			}
		}
		UserAccount user = accounts.get(id);
		model.addAttribute("profileForm", ProfileForm.of(user));
		return detailPage(user, model);
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "access.users.disabled", () -> accounts.disable(id));
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "access.users.enabled", () -> accounts.enable(id));
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "access.users.unlocked", () -> accounts.unlock(id));
	}

	private String act(long id, RedirectAttributes redirect, String noticeKey, Runnable action) {
		try {
			action.run();
			Pages.notice(redirect, noticeKey);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			Pages.failure(redirect, e);
		}
		return "redirect:/access/users/" + id;
	}

	private String formPage(Model model) {
		model.addAttribute("units", organization.allUnits());
		model.addAttribute("cadres", organization.allCadres());
		return "access/user-new";
	}

	private String detailPage(UserAccount user, Model model) {
		model.addAttribute("user", UserRow.of(user, Instant.now(clock), clock.getZone()));
		model.addAttribute("units", organization.allUnits());
		model.addAttribute("cadres", organization.allCadres());
		return "access/user";
	}
}
