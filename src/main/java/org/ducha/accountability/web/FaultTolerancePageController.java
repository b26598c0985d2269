package org.ducha.accountability.web;

import java.util.Map;

import org.ducha.access.AccessControl;
import org.ducha.access.Role;
import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.FaultToleranceApplication;
import org.ducha.accountability.FaultToleranceApplications;
import org.ducha.accountability.FaultToleranceChecklist;
import org.ducha.accountability.FaultToleranceOutcome;
import org.ducha.accountability.FaultToleranceStatus;
import org.ducha.accountability.NewFaultToleranceApplication;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Fault-tolerance pages: the list (office, LEADER), the application form for a case (the cadre, his
 * unit principal, the office), an application with the director's decision form and the 容错认定书 download.
 */
@Controller
class FaultTolerancePageController {

	static final String[] QUESTIONS = { "privateGain", "eightRulesViolation", "defiedProhibition", "lackOfExperience",
			"explorationNotProhibited", "unintendedForDevelopment", "withinPolicy", "collectiveDecision", "diligent",
			"noMajorLoss", "lossRetrieved", "correctedPromptly" };

	private final FaultToleranceApplications applications;
	private final AccountabilityCases cases;
	private final AccessControl access;
	private final MessageSource messages;

	FaultTolerancePageController(FaultToleranceApplications applications, AccountabilityCases cases,
			AccessControl access, MessageSource messages) {
		this.applications = applications;
		this.cases = cases;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/fault-tolerance")
	String list(Model model) {
		model.addAttribute("applications", applications.all());
		return "accountability/fault-tolerance-list";
	}

	@GetMapping("/fault-tolerance/new")
	String form(@RequestParam String caseId, Model model) {
		if (!applications.mayApply(caseId)) {
			throw DomainException.notFound("CASE_NOT_FOUND", "no such case");
		}
		model.addAttribute("caseView", cases.get(caseId));
		model.addAttribute("questions", QUESTIONS);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
			model.addAttribute("answers", Map.of());
		}
		return "accountability/fault-tolerance-new";
	}

	@PostMapping("/fault-tolerance")
	String apply(@RequestParam String caseId, @RequestParam Map<String, String> params, Model model) {
		FaultToleranceChecklist answers = new FaultToleranceChecklist(yes(params, "privateGain"),
				yes(params, "eightRulesViolation"), yes(params, "defiedProhibition"), yes(params, "lackOfExperience"),
				yes(params, "explorationNotProhibited"), yes(params, "unintendedForDevelopment"),
				yes(params, "withinPolicy"), yes(params, "collectiveDecision"), yes(params, "diligent"),
				yes(params, "noMajorLoss"), yes(params, "lossRetrieved"), yes(params, "correctedPromptly"));
		try {
			FaultToleranceApplication a = applications.apply(
					new NewFaultToleranceApplication(caseId, answers, params.get("statement")));
			return "redirect:/fault-tolerance/" + a.getId();
		}
		catch (DomainException e) {
			model.addAttribute("errors", IntegrityFormErrors.of(e, messages));
			model.addAttribute("answers", params);
			return form(caseId, model);
		}
	}

	@GetMapping("/fault-tolerance/{id}")
	String view(@PathVariable String id, Model model) {
		FaultToleranceApplication a = applications.get(id);
		model.addAttribute("a", a);
		model.addAttribute("caseView", cases.get(a.getCaseId()));
		model.addAttribute("questions", QUESTIONS);
		model.addAttribute("answers", answersOf(a.checklist()));
		model.addAttribute("director", access.currentUser().hasRole(Role.OFFICE_DIRECTOR)
				&& a.getStatus() == FaultToleranceStatus.PENDING);
		model.addAttribute("outcomes", FaultToleranceOutcome.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "accountability/fault-tolerance-view";
	}

	@PostMapping("/fault-tolerance/{id}/decision")
	String decide(@PathVariable String id, @RequestParam(required = false) FaultToleranceOutcome outcome,
			@RequestParam(required = false) String basis, Model model, RedirectAttributes redirect) {
		try {
			applications.decide(id, outcome, basis);
			return "redirect:/fault-tolerance/" + id;
		}
		catch (DomainException e) {
			model.addAttribute("errors", IntegrityFormErrors.of(e, messages));
			model.addAttribute("basis", basis);
			model.addAttribute("outcome", outcome);
			return view(id, model);
		}
	}

	@GetMapping("/fault-tolerance/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable String id) {
		return FaultToleranceApiController.docx(out -> applications.writeDocument(id, out), "fault-tolerance-" + id + ".docx");
	}

	private static boolean yes(Map<String, String> params, String field) {
		return "true".equals(params.get(field));
	}

	private static Map<String, Boolean> answersOf(FaultToleranceChecklist c) {
		return Map.ofEntries(Map.entry("privateGain", c.privateGain()),
				Map.entry("eightRulesViolation", c.eightRulesViolation()),
				Map.entry("defiedProhibition", c.defiedProhibition()), Map.entry("lackOfExperience", c.lackOfExperience()),
				Map.entry("explorationNotProhibited", c.explorationNotProhibited()),
				Map.entry("unintendedForDevelopment", c.unintendedForDevelopment()),
				Map.entry("withinPolicy", c.withinPolicy()), Map.entry("collectiveDecision", c.collectiveDecision()),
				Map.entry("diligent", c.diligent()), Map.entry("noMajorLoss", c.noMajorLoss()),
				Map.entry("lossRetrieved", c.lossRetrieved()), Map.entry("correctedPromptly", c.correctedPromptly()));
	}
}
