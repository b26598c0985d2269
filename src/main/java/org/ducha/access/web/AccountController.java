package org.ducha.access.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.ducha.access.ForcedPasswordChange;
import org.ducha.access.UserAccounts;
import org.ducha.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A user changes their own password; the forced change after the first sign-in lands here too. */
@Controller
class AccountController {

	private static final Map<String, String> FIELDS = Map.of(
			"CURRENT_PASSWORD_WRONG", "currentPassword",
			"PASSWORD_TOO_WEAK", "newPassword",
			"PASSWORD_UNCHANGED", "newPassword");

	private final UserAccounts accounts;

	AccountController(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping(ForcedPasswordChange.PAGE)
	String form(HttpServletRequest request, Model model) {
		model.addAttribute("form", PasswordChangeForm.empty());
		model.addAttribute("forced", ForcedPasswordChange.isPending(request));
		return "access/password";
	}

	@PostMapping(ForcedPasswordChange.PAGE)
	String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!result.hasFieldErrors("confirmPassword") && !result.hasFieldErrors("newPassword")
				&& !form.newPassword().equals(form.confirmPassword())) {
			result.rejectValue("confirmPassword", "error.PASSWORD_MISMATCH");
		}
		if (!result.hasErrors()) {
			try {
				accounts.changeOwnPassword(user.getName(), form.currentPassword(), form.newPassword());
				ForcedPasswordChange.done(request);
				Pages.notice(redirect, "account.password.changed");
				return "redirect:" + ForcedPasswordChange.PAGE;
			}
			catch (DomainException e) {
				FormErrors.reject(result, e, FIELDS);
			}
		}
		model.addAttribute("forced", ForcedPasswordChange.isPending(request));
		return "access/password";
	}
}
