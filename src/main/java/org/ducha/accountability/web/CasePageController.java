package org.ducha.accountability.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.AppealOutcome;
import org.ducha.accountability.CandidateView;
import org.ducha.accountability.CaseAction;
import org.ducha.accountability.CaseDrill;
import org.ducha.accountability.CaseFilter;
import org.ducha.accountability.CaseStatus;
import org.ducha.accountability.CaseView;
import org.ducha.accountability.DecisionDraft;
import org.ducha.accountability.Form;
import org.ducha.accountability.SubjectKind;
import org.ducha.assignment.AssignmentKind;
import org.ducha.organization.Cadre;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The accountability pages: the case list with its filters and the overdue UNIT cases (with the takeover), the
 * candidates list, the open-case form (blank or from a candidate), the case page with its timeline, proposals
 * and the forms of each step, and the printable decision record. Who may see and do what is decided by
 * {@link AccountabilityCases}; the page shows only the steps the user may take now.
 */
@Controller
@RequestMapping("/accountability")
class CasePageController {

	static final int PAGE_SIZE = 20;

	private final AccountabilityCases cases;
	private final CaseExport export;
	private final Organization organization;
	private final AccessControl access;
	private final MessageSource messages;

	CasePageController(AccountabilityCases cases, CaseExport export, Organization organization, AccessControl access,
			MessageSource messages) {
		this.cases = cases;
		this.export = export;
		this.organization = organization;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping({ "", "/cases" })
	String list(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) JurisdictionLevel jurisdiction,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) Boolean overdue,
			@RequestParam(defaultValue = "0") int page, CaseDrill drill, Model model) {
		CaseFilter filter = new CaseFilter(status, jurisdiction, blankToNull(unitCode), null, overdue, drill);
		Page<CaseView> result = cases.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("openedOn"), Sort.Order.desc("id"))));
		CurrentUser user = access.currentUser();
		boolean office = isOffice(user);
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("office", office);
		boolean handles = user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR);
		model.addAttribute("overdueCases", handles ? cases.unitReportsOverdue() : List.of());
		model.addAttribute("candidateCount", handles ? cases.countOpenCandidates() : 0);
		referenceData(model);
		return "accountability/list";
	}

	@GetMapping("/cases/export")
	void exportList(@RequestParam(required = false) CaseStatus status,
			@RequestParam(required = false) JurisdictionLevel jurisdiction,
			@RequestParam(required = false) String unitCode, @RequestParam(required = false) Boolean overdue,
			CaseDrill drill, HttpServletResponse response) throws IOException {
		export.respond(new CaseFilter(status, jurisdiction, blankToNull(unitCode), null, overdue, drill), response);
	}

	@GetMapping("/candidates")
	String candidates(Model model) {
		model.addAttribute("candidates", cases.openCandidates());
		referenceData(model);
		return "accountability/candidates";
	}

	@PostMapping("/candidates/{id}/dismiss")
	String dismissCandidate(@PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			cases.dismissCandidate(id, reason);
			redirect.addFlashAttribute("done", "dismiss");
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			redirect.addFlashAttribute("failedCandidate", id);
			redirect.addFlashAttribute("failedValue", reason);
			redirect.addFlashAttribute("failedMessage", describe(e));
		}
		return "redirect:/accountability/candidates";
	}

	@GetMapping("/cases/new")
	String newCase(@RequestParam(required = false) String candidateId, Model model) {
		CaseForm form = new CaseForm();
		if (candidateId != null && !candidateId.isBlank()) {
			CandidateView candidate = cases.candidate(candidateId);
			form.setCandidateId(candidate.id());
			if (candidate.problemId() != null) {
				form.setProblemIds(candidate.problemId());
				form.setFacts(candidate.problemDescription());
			}
			else if (candidate.sourceId() != null && candidate.kind() == AssignmentKind.TASK) {
				form.setTaskIds(candidate.sourceId());
			}
			else if (candidate.sourceId() != null && candidate.kind() == AssignmentKind.REFERRAL) {
				form.setReportIds(candidate.sourceId());
			}
			if (!candidate.suggestedCadreNos().isEmpty()) {
				form.setCadreNo(candidate.suggestedCadreNos().getFirst());
			}
		}
		else {
			cases.requireOfficeForPages();
		}
		return form(model, form);
	}

	@PostMapping("/cases")
	String open(@ModelAttribute("form") CaseForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
		cases.requireOfficeForPages();
		try {
			CaseView view = cases.open(form.toNewCase());
			redirect.addFlashAttribute("done", "open");
			return "redirect:/accountability/cases/" + view.id();
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			Locale locale = LocaleContextHolder.getLocale();
			for (DomainException.FieldError f : e.fieldErrors()) {
				String field = formField(f.field(), form);
				if (!binding.hasFieldErrors(field)) {
					String key = "accountability.invalid." + f.field().replaceAll("\\[\\d+]", "").replace('.', '-');
					binding.addError(new FieldError("form", field, binding.getRawFieldValue(field), false, null, null,
							messages.getMessage(key, null, f.message(), locale)));
				}
			}
			return form(model, form);
		}
	}

	private static String formField(String apiField, CaseForm form) {
		if (apiField.startsWith("subject")) {
			return form.getSubjectKind() == SubjectKind.PARTY_ORGANIZATION ? "unitCode" : "cadreNo";
		}
		if (apiField.startsWith("basis.problemIds")) {
			return "problemIds";
		}
		if (apiField.startsWith("basis.reportIds")) {
			return "reportIds";
		}
		if (apiField.startsWith("basis")) {
			return "taskIds";
		}
		return apiField.equals("candidateId") ? "facts" : apiField;
	}

	private String form(Model model, CaseForm form) {
		model.addAttribute("form", form);
		if (form.getCandidateId() != null && !form.getCandidateId().isBlank()) {
			model.addAttribute("candidate", cases.candidate(form.getCandidateId()));
		}
		model.addAttribute("cadres", organization.allCadres());
		model.addAttribute("partyUnits", organization.allUnits().stream()
			.filter(u -> u.getPartyOrganizationName() != null).toList());
		referenceData(model);
		return "accountability/new";
	}

	@GetMapping("/cases/{id}")
	String view(@PathVariable String id, Model model) {
		CaseView c = cases.view(id);
		Set<CaseAction> actions = cases.actionsOn(id);
		model.addAttribute("c", c);
		model.addAttribute("actions", actions.stream().map(Enum::name).collect(Collectors.toSet()));
		model.addAttribute("office", isOffice(access.currentUser()));
		model.addAttribute("formGroups", formGroupsFor(c.subject().kind(), c.subject().partyMember()));
		referenceData(model);
		return "accountability/view";
	}

	@GetMapping("/cases/{id}/decision-record")
	String decisionRecord(@PathVariable String id, Model model) {
		CaseView c = cases.view(id);
		if (c.decision() == null) {
			throw DomainException.notFound("CASE_NOT_FOUND", "no decision");
		}
		model.addAttribute("c", c);
		referenceData(model);
		return "accountability/decision-record";
	}

	@PostMapping("/cases/{id}/investigate")
	String investigate(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "investigate", redirect, () -> cases.startInvestigation(id));
	}

	@PostMapping("/cases/{id}/propose")
	String propose(@PathVariable String id, @RequestParam(required = false) String handling,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedHandling", handling);
		return step(id, "propose", redirect, () -> cases.propose(id, handling));
	}

	@PostMapping("/cases/{id}/defence")
	String defence(@PathVariable String id, @RequestParam(required = false) String statement,
			@RequestParam(defaultValue = "false") boolean declined, RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedStatement", statement);
		return step(id, "defence", redirect, () -> cases.recordDefence(id, statement, declined));
	}

	@PostMapping("/cases/{id}/refer")
	String refer(@PathVariable String id, @RequestParam(required = false) String to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referredOn,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedTo", to);
		return step(id, "refer", redirect, () -> cases.recordReferral(id, to, referredOn));
	}

	@PostMapping("/cases/{id}/decide")
	String decide(@PathVariable String id, @RequestParam(name = "forms", required = false) List<Form> forms,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
			@RequestParam(required = false) String documentNumber, @RequestParam(required = false) String decidingBody,
			@RequestParam(required = false) Integer probationMonths,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate outcomeReceivedOn,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedOutcomeReceivedOn", outcomeReceivedOn);
		redirect.addFlashAttribute("typedForms", forms == null ? List.of() : forms.stream().map(Enum::name).toList());
		redirect.addFlashAttribute("typedDecidedOn", decidedOn);
		redirect.addFlashAttribute("typedDeliveredOn", deliveredOn);
		redirect.addFlashAttribute("typedDocumentNumber", documentNumber);
		redirect.addFlashAttribute("typedDecidingBody", decidingBody);
		redirect.addFlashAttribute("typedProbationMonths", probationMonths);
		return step(id, "decide", redirect, () -> cases.decide(id,
				new DecisionDraft(forms, decidedOn, deliveredOn, documentNumber, decidingBody, probationMonths,
						outcomeReceivedOn)));
	}

	@PostMapping("/cases/{id}/not-pursue")
	String notPursue(@PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedReason", reason);
		return step(id, "notPursue", redirect, () -> cases.notPursue(id, reason));
	}

	@PostMapping("/cases/{id}/close")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "close", redirect, () -> cases.close(id));
	}

	@PostMapping("/cases/{id}/takeover")
	String takeOver(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "takeover", redirect, () -> cases.takeOver(id));
	}

	@PostMapping("/cases/{id}/appeal")
	String appeal(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		redirect.addFlashAttribute("typedAppealReason", reason);
		redirect.addFlashAttribute("typedFiledOn", filedOn);
		return step(id, "appeal", redirect, () -> cases.fileAppeal(id, filedOn, reason));
	}

	@PostMapping("/cases/{id}/appeal-decision")
	String appealDecision(@PathVariable String id, @RequestParam(required = false) AppealOutcome outcome,
			@RequestParam(name = "forms", required = false) List<Form> forms,
			@RequestParam(required = false) Integer probationMonths, RedirectAttributes redirect) {
		return step(id, "appealDecision", redirect, () -> cases.decideAppeal(id, outcome, forms, probationMonths));
	}

	@PostMapping("/cases/{id}/proposals/{proposalId}/open")
	String openProposal(@PathVariable String id, @PathVariable String proposalId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("proposalId", proposalId);
		return step(id, "openProposal", redirect, () -> cases.openProposal(id, proposalId, null));
	}

	@PostMapping("/cases/{id}/proposals/{proposalId}/dismiss")
	String dismissProposal(@PathVariable String id, @PathVariable String proposalId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		redirect.addFlashAttribute("proposalId", proposalId);
		redirect.addFlashAttribute("typedProposalReason", reason);
		return step(id, "dismissProposal", redirect, () -> cases.dismissProposal(id, proposalId, reason));
	}

	@FunctionalInterface
	private interface PageStep {
		Object run();
	}

	/** Runs a step and comes back to the case page with a confirmation, or the refusal beside the step's form. */
	private String step(String id, String action, RedirectAttributes redirect, PageStep step) {
		try {
			step.run();
			redirect.addFlashAttribute("done", action);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.FORBIDDEN || e.kind() == DomainException.Kind.NOT_FOUND) {
				throw e;
			}
			redirect.addFlashAttribute("failedAction", action);
			redirect.addFlashAttribute("failedMessage", describe(e));
		}
		return "redirect:/accountability/cases/" + id;
	}

	private String describe(DomainException e) {
		Locale locale = LocaleContextHolder.getLocale();
		if (!e.fieldErrors().isEmpty()) {
			return e.fieldErrors().stream()
				.map(f -> messages.getMessage("accountability.invalid." + f.field().replaceAll("\\[\\d+]", "").replace('.', '-'), null,
						f.message(), locale))
				.distinct()
				.collect(Collectors.joining(" "));
		}
		return messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale);
	}

	/** The form groups the decision form offers for this subject (party discipline only for party members). */
	static Map<Form.Group, List<Form>> formGroupsFor(SubjectKind kind, boolean partyMember) {
		Map<Form.Group, List<Form>> groups = new java.util.LinkedHashMap<>();
		for (Form.Group g : Form.Group.values()) {
			List<Form> forms = Form.of(g).stream()
				.filter(f -> f.appliesTo(kind))
				.filter(f -> !f.partyDiscipline() || partyMember)
				.toList();
			if (!forms.isEmpty()) {
				groups.put(g, forms);
			}
		}
		return groups;
	}

	private void referenceData(Model model) {
		List<Unit> units = organization.allUnits();
		model.addAttribute("units", units);
		model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(Unit::getCode, Unit::getName)));
		model.addAttribute("statuses", CaseStatus.values());
		model.addAttribute("levels", JurisdictionLevel.values());
		model.addAttribute("outcomes", AppealOutcome.values());
		model.addAttribute("allForms", Arrays.asList(Form.values()));
		model.addAttribute("cadreNames", organization.allCadres().stream()
			.collect(Collectors.toMap(Cadre::getCadreNo, Cadre::getName)));
	}

	static boolean isOffice(CurrentUser user) {
		return user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
