package org.ducha.intake.web;

import org.ducha.intake.IdentityReveals;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Identity reveal requests: a user who may see a report files one from the report page; the
 * SECURITY_ADMIN decides on {@code /reports/identity-requests}, which shows no report content.
 */
@Controller
class IdentityRequestPageController {

	private final IdentityReveals reveals;
	private final MessageSource messages;

	IdentityRequestPageController(IdentityReveals reveals, MessageSource messages) {
		this.reveals = reveals;
		this.messages = messages;
	}

	@PostMapping("/reports/{id}/identity-request")
	String request(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			reveals.request(id, reason);
			redirect.addFlashAttribute("done", "identity-request");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			redirect.addFlashAttribute("failedAction", "identity-request");
			redirect.addFlashAttribute("failedValue", reason);
			redirect.addFlashAttribute("failedMessage", e.fieldErrors().isEmpty()
					? messages.getMessage("error." + e.code(), e.args(), e.getMessage(), LocaleContextHolder.getLocale())
					: messages.getMessage("intake.invalid.action-reason", null, LocaleContextHolder.getLocale()));
		}
		return "redirect:/reports/" + id;
	}

	@GetMapping("/reports/identity-requests")
	String list(@RequestParam(defaultValue = "true") boolean pendingOnly, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("requests", reveals.list(pendingOnly, PageRequest.of(Math.max(page, 0), 20,
				Sort.by(Sort.Order.desc("id")))));
		model.addAttribute("pendingOnly", pendingOnly);
		return "intake/identity-requests";
	}

	@PostMapping("/reports/identity-requests/{id}/approve")
	String approve(@PathVariable String id, RedirectAttributes redirect) {
		reveals.approve(id);
		redirect.addFlashAttribute("decided", "APPROVED");
		return "redirect:/reports/identity-requests";
	}

	@PostMapping("/reports/identity-requests/{id}/refuse")
	String refuse(@PathVariable String id, RedirectAttributes redirect) {
		reveals.refuse(id);
		redirect.addFlashAttribute("decided", "REFUSED");
		return "redirect:/reports/identity-requests";
	}
}
