package org.ducha.assignment.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ducha.access.AccessControl;
import org.ducha.access.DataScope;
import org.ducha.assignment.AssignmentDetails;
import org.ducha.assignment.AssignmentDrill;
import org.ducha.assignment.AssignmentFilter;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentStatus;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.attachment.Attachments;
import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The assignment pages: the unit's to-do list (待办, open items by urgency), the office's list, the
 * overview by unit and light, and the assignment page with its timeline, due-date history and the
 * forms of the steps the user may take now. Who may see and do what is decided by
 * {@link Assignments}; a refused step comes back to the assignment page with its message beside
 * the form.
 */
@Controller
@RequestMapping("/assignments")
class AssignmentPageController {

	static final int PAGE_SIZE = 20;

	private final Assignments assignments;
	private final AssignmentExports exports;
	private final Organization organization;
	private final Attachments attachments;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final MessageSource messages;

	AssignmentPageController(Assignments assignments, AssignmentExports exports, Organization organization,
			Attachments attachments, AccessControl access, WorkingCalendar calendar, MessageSource messages) {
		this.assignments = assignments;
		this.exports = exports;
		this.organization = organization;
		this.attachments = attachments;
		this.access = access;
		this.calendar = calendar;
		this.messages = messages;
	}

	// --- lists ---------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) String unitCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) AssignmentStatus status, @RequestParam(required = false) AssignmentKind kind,
			@RequestParam(defaultValue = "false") boolean open, @RequestParam(defaultValue = "0") int page,
			AssignmentDrill drill, HtmxRequest htmx, Model model) {
		return listPage("list", new AssignmentFilter(blankToNull(unitCode), light, status, kind, open, drill), page, htmx,
				model);
	}

	@GetMapping(params = "format=xlsx")
	void exportList(@RequestParam(required = false) String unitCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) AssignmentStatus status, @RequestParam(required = false) AssignmentKind kind,
			@RequestParam(defaultValue = "false") boolean open, AssignmentDrill drill, HttpServletResponse response)
			throws IOException {
		exports.export(new AssignmentFilter(blankToNull(unitCode), light, status, kind, open, drill), response);
	}

	@GetMapping("/todo")
	String todo(@RequestParam(required = false) String unitCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) AssignmentStatus status, @RequestParam(required = false) AssignmentKind kind,
			@RequestParam(defaultValue = "0") int page, HtmxRequest htmx, Model model) {
		return listPage("todo", new AssignmentFilter(blankToNull(unitCode), light, status, kind, true), page, htmx, model);
	}

	@GetMapping(path = "/todo", params = "format=xlsx")
	void exportTodo(@RequestParam(required = false) String unitCode, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) AssignmentStatus status, @RequestParam(required = false) AssignmentKind kind,
			HttpServletResponse response) throws IOException {
		exports.export(new AssignmentFilter(blankToNull(unitCode), light, status, kind, true), response);
	}

	private String listPage(String mode, AssignmentFilter filter, int page, HtmxRequest htmx, Model model) {
		Page<AssignmentView> result = assignments.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("mode", mode);
		model.addAttribute("base", "todo".equals(mode) ? "/assignments/todo" : "/assignments");
		model.addAttribute("items", result);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", AssignmentStatus.values());
		model.addAttribute("kinds", AssignmentKind.values());
		model.addAttribute("lightValues", TrafficLight.values());
		// the unit names come from the org tree held in memory, not from a read of every unit per page
		Map<String, String> unitNames = organization.unitNames();
		DataScope scope = access.currentScope();
		model.addAttribute("units", unitNames.entrySet().stream().filter(u -> scope.coversUnit(u.getKey())).toList());
		model.addAttribute("unitNames", unitNames);
		return htmx.isHtmxRequest() ? "assignment/list :: results" : "assignment/list";
	}

	@GetMapping("/overview")
	String overview(Model model) {
		model.addAttribute("rows", assignments.overview());
		return "assignment/overview";
	}

	@GetMapping(path = "/overview", params = "format=xlsx")
	void exportOverview(HttpServletResponse response) throws IOException {
		exports.overview(response);
	}

	// --- the assignment page -------------------------------------------------------------------

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		AssignmentDetails details = assignments.details(id);
		model.addAttribute("d", details);
		model.addAttribute("a", details.assignment());
		model.addAttribute("v", details.view());
		model.addAttribute("zone", calendar.zone());
		model.addAttribute("flags", assignments.flagsOf(id));
		model.addAttribute("leaderName", details.assignment().getResponsibleLeaderNo() == null ? null
				: organization.findCadre(details.assignment().getResponsibleLeaderNo()).map(c -> c.getName()).orElse(null));
		return "assignment/view";
	}

	@PostMapping("/{id}/sign")
	String sign(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "sign", null, redirect, () -> assignments.sign(id));
	}

	@PostMapping("/{id}/progress")
	String progress(@PathVariable String id, @RequestParam(required = false) String text,
			@RequestParam(required = false) Integer percent, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		return step(id, "progress", text, redirect, () -> assignments.reportProgress(id, text, percent, metrics(params)));
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable String id, @RequestParam(required = false) String result,
			@RequestParam(name = "files", required = false) List<MultipartFile> files, RedirectAttributes redirect) {
		return step(id, "submit", result, redirect, () -> {
			List<String> ids = new ArrayList<>();
			String username = access.currentUser().username();
			if (files != null) {
				for (MultipartFile file : files) {
					if (file.isEmpty()) {
						continue;
					}
					try (InputStream in = file.getInputStream()) {
						ids.add(attachments.store(in, file.getOriginalFilename(), username, false).id());
					}
					catch (IOException e) {
						throw DomainException.validation("evidenceIds", "upload failed");
					}
				}
			}
			return assignments.submit(id, result, ids);
		});
	}

	@PostMapping("/{id}/extension")
	String extension(@PathVariable String id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate newDueOn,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(id, "extension", reason, redirect, () -> assignments.requestExtension(id, newDueOn, reason));
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, "close", null, redirect, () -> assignments.close(id));
	}

	@PostMapping("/{id}/return")
	String returnResult(@PathVariable String id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return step(id, "return", reason, redirect, () -> assignments.returnResult(id, reason));
	}

	@PostMapping("/{id}/extension/{requestId}/approve")
	String approveExtension(@PathVariable String id, @PathVariable long requestId, RedirectAttributes redirect) {
		return step(id, "decide-extension", null, redirect, () -> assignments.decideExtension(id, requestId, true));
	}

	@PostMapping("/{id}/extension/{requestId}/refuse")
	String refuseExtension(@PathVariable String id, @PathVariable long requestId, RedirectAttributes redirect) {
		return step(id, "decide-extension", null, redirect, () -> assignments.decideExtension(id, requestId, false));
	}

	@PostMapping("/{id}/urge")
	String urge(@PathVariable String id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		return step(id, "urge", text, redirect, () -> assignments.urge(id, text));
	}

	@FunctionalInterface
	private interface PageStep {
		Object run();
	}

	/**
	 * Runs a step and comes back to the assignment page: with a confirmation, or with the refusal's
	 * message and what was typed on the form of that step. Hidden → 404 page, wrong role → 403 page.
	 */
	private String step(String id, String action, String typed, RedirectAttributes redirect, PageStep step) {
		try {
			step.run();
			redirect.addFlashAttribute("done", action);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.FORBIDDEN || "ASSIGNMENT_NOT_FOUND".equals(e.code())) {
				throw e;
			}
			redirect.addFlashAttribute("failedAction", action);
			redirect.addFlashAttribute("failedValue", typed);
			redirect.addFlashAttribute("failedMessage", describe(e));
		}
		return "redirect:/assignments/" + id;
	}

	private String describe(DomainException e) {
		Locale locale = LocaleContextHolder.getLocale();
		if (!e.fieldErrors().isEmpty()) {
			return e.fieldErrors().stream()
				.map(f -> messages.getMessage("assignment.invalid." + f.field().replaceAll("\\..*", ""), null, f.message(),
						locale))
				.collect(Collectors.joining(" "));
		}
		return messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale);
	}

	/** Metric values from form fields named {@code metric.<name>}; blank ones are left out. */
	private static Map<String, java.math.BigDecimal> metrics(Map<String, String> params) {
		Map<String, java.math.BigDecimal> values = new java.util.LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("metric.") && value != null && !value.isBlank()) {
				try {
					values.put(key.substring("metric.".length()), new java.math.BigDecimal(value.strip()));
				}
				catch (NumberFormatException e) {
					throw DomainException.validation("metricValues", "not a number");
				}
			}
		});
		return values;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
