package org.ducha.access.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.ducha.access.DemoAccounts;
import org.ducha.access.LoginFormState;
import org.ducha.access.Logins;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; in demo mode it lists the demo accounts and their password. */
@Controller
class LoginController {

	record DemoRow(String username, String role, String cadreName, String unitName) {
	}

	private final boolean demo;
	private final Organization organization;
	private final Logins logins;

	LoginController(@Value("${ducha.demo:false}") boolean demo, Organization organization, Logins logins) {
		this.demo = demo;
		this.organization = organization;
		this.logins = logins;
	}

	@GetMapping("/login")
	String login(Authentication authentication, HttpServletRequest request, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		model.addAttribute("username", LoginFormState.takeLastUsername(request));
		model.addAttribute("lockMinutes", logins.lockDuration().toMinutes());
		model.addAttribute("demo", demo);
		model.addAttribute("demoAccounts", demo ? demoRows() : List.of());
		model.addAttribute("demoPassword", demo ? DemoAccounts.PASSWORD : "");
		return "access/login";
	}

	private List<DemoRow> demoRows() {
		return DemoAccounts.ALL.stream()
			.map(a -> new DemoRow(a.username(), a.role().name(),
					organization.findCadre(a.cadreNo()).map(Cadre::getName).orElse(""),
					organization.findUnit(a.unitCode()).map(Unit::getName).orElse("")))
			.toList();
	}
}
