package org.ducha.supervision.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.campaign.Campaigns;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Rank;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.ducha.supervision.CompletionRating;
import org.ducha.supervision.ReportingFrequency;
import org.ducha.supervision.SupervisedTask;
import org.ducha.supervision.SupervisedTasks;
import org.ducha.supervision.TaskDetails;
import org.ducha.supervision.TaskDrill;
import org.ducha.supervision.TaskFilter;
import org.ducha.supervision.TaskSource;
import org.ducha.supervision.TaskStatus;
import org.ducha.supervision.UnitRole;
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
 * The task pages: the list with filters and lights (and its .xlsx), the creation form with the
 * milestone dates previewed on the calendar, the task page (units and their assignments,
 * milestones, targets against values, late reports, rating), and the chart (挂图作战).
 */
@Controller
@RequestMapping("/tasks")
class TaskPageController {

	static final int PAGE_SIZE = 20;
	private static final Pattern INDEXED = Pattern.compile("(milestones|targets|coUnitCodes)\\[(\\d+)](.*)");

	private final SupervisedTasks tasks;
	private final TaskExport export;
	private final Organization organization;
	private final Campaigns campaigns;
	private final WorkingCalendar calendar;
	private final MessageSource messages;

	TaskPageController(SupervisedTasks tasks, TaskExport export, Organization organization, Campaigns campaigns,
			WorkingCalendar calendar, MessageSource messages) {
		this.tasks = tasks;
		this.export = export;
		this.organization = organization;
		this.campaigns = campaigns;
		this.calendar = calendar;
		this.messages = messages;
	}

	// --- list and chart ------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String leaderCadreNo, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) TaskSource source, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, TaskDrill drill, HtmxRequest htmx, Model model) {
		TaskFilter filter = new TaskFilter(status, blank(unitCode), blank(leaderCadreNo), light, source, blank(q), drill);
		Page<SupervisedTask> result = tasks.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.asc("deadline"), Sort.Order.desc("id"))));
		model.addAttribute("tasks", result);
		model.addAttribute("filter", filter);
		model.addAttribute("lights", result.getContent().stream()
			.collect(Collectors.toMap(SupervisedTask::getId, t -> nameOf(tasks.lightOf(t)))));
		model.addAttribute("mayManage", tasks.mayManage());
		referenceData(model);
		return htmx.isHtmxRequest() ? "supervision/list :: results" : "supervision/list";
	}

	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) TaskStatus status, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String leaderCadreNo, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) TaskSource source, @RequestParam(required = false) String q,
			TaskDrill drill, HttpServletResponse response) throws IOException {
		export.respond(new TaskFilter(status, blank(unitCode), blank(leaderCadreNo), light, source, blank(q), drill),
				response);
	}

	@GetMapping("/chart")
	String chart(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String leaderCadreNo,
			@RequestParam(required = false) TaskStatus status, HtmxRequest htmx, Model model) {
		TaskFilter filter = new TaskFilter(status, blank(unitCode), blank(leaderCadreNo), null, null, null);
		Map<String, String> unitNames = unitNames();
		List<TaskChart.Entry> entries = tasks.all(filter).stream()
			.map(t -> new TaskChart.Entry(t, tasks.lightOf(t), tasks::lightOf, unitLine(t, unitNames)))
			.toList();
		model.addAttribute("chart", TaskChart.of(entries, calendar.today()));
		model.addAttribute("filter", filter);
		referenceData(model);
		return htmx.isHtmxRequest() ? "supervision/chart :: chart" : "supervision/chart";
	}

	private static String unitLine(SupervisedTask t, Map<String, String> names) {
		String lead = names.getOrDefault(t.getLeadUnitCode(), t.getLeadUnitCode());
		if (t.getCoUnitCodes().isEmpty()) {
			return lead;
		}
		return lead + " + " + t.getCoUnitCodes().stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining("、"));
	}

	// --- creation ------------------------------------------------------------------------------

	@GetMapping("/new")
	String newForm(Model model) {
		requireManager();
		TaskForm form = new TaskForm();
		form.pad(3, 1);
		model.addAttribute("form", form);
		return form(model, form);
	}

	/** The milestone dates computed from the deadline, as out-of-band cells only (htmx preview): the inputs stay as typed. */
	@PostMapping("/preview")
	String preview(@ModelAttribute("form") TaskForm form, Model model) {
		requireManager();
		model.addAttribute("previewDates", previewDates(form));
		return "supervision/new :: previews";
	}

	@PostMapping
	String create(@ModelAttribute("form") TaskForm form, BindingResult binding,
			@RequestParam(name = "addMilestone", required = false) String addMilestone,
			@RequestParam(name = "addTarget", required = false) String addTarget, Model model,
			RedirectAttributes redirect) {
		requireManager();
		if (addMilestone != null || addTarget != null) {
			form.pad(form.getMilestones().size() + (addMilestone != null ? 1 : 0),
					form.getTargets().size() + (addTarget != null ? 1 : 0));
			return form(model, form);
		}
		try {
			if (binding.hasErrors()) {
				tasks.validate(form.toNewTask());
				return form(model, form);
			}
			SupervisedTask task = tasks.create(form.toNewTask());
			redirect.addFlashAttribute("created", true);
			return "redirect:/tasks/" + task.getId();
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			bind(e, form, binding);
			return form(model, form);
		}
	}

	private String form(Model model, TaskForm form) {
		model.addAttribute("previewDates", previewDates(form));
		referenceData(model);
		return "supervision/new";
	}

	private List<LocalDate> previewDates(TaskForm form) {
		List<LocalDate> dates = new ArrayList<>();
		for (TaskForm.MilestoneRow row : form.getMilestones()) {
			Integer n = row.distance();
			dates.add(form.getDeadline() == null || n == null || n < 0 || n > 2000 ? null
					: calendar.minusWorkingDays(form.getDeadline(), n));
		}
		return dates;
	}

	private void bind(DomainException e, TaskForm form, BindingResult binding) {
		Locale locale = LocaleContextHolder.getLocale();
		for (DomainException.FieldError f : e.fieldErrors()) {
			String field = f.field();
			String kind = field.replaceAll("\\[\\d+]", "");
			Matcher m = INDEXED.matcher(field);
			if (m.matches()) {
				int index = Integer.parseInt(m.group(2));
				field = switch (m.group(1)) {
					case "milestones" -> "milestones[" + form.milestoneRowOf(index) + "]" + m.group(3);
					case "targets" -> "targets[" + form.targetRowOf(index) + "]" + m.group(3);
					default -> "coUnitCodes";
				};
			}
			if (!binding.hasFieldErrors(field)) {
				String message = messages.getMessage("supervision.invalid." + kind.replace('.', '-'), null, f.message(), locale);
				binding.addError(new FieldError(binding.getObjectName(), field, null, false, null, null, message));
			}
		}
	}

	// --- task page -----------------------------------------------------------------------------

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		TaskDetails details = tasks.view(id);
		model.addAttribute("d", details);
		model.addAttribute("t", details.task());
		model.addAttribute("mayManage", tasks.mayManage());
		model.addAttribute("ratings", CompletionRating.values());
		model.addAttribute("today", calendar.today());
		referenceData(model);
		return "supervision/view";
	}

	@PostMapping("/{id}/milestones/{milestoneId}/date")
	String reschedule(@PathVariable String id, @PathVariable long milestoneId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> tasks.rescheduleMilestone(id, milestoneId, dueOn));
	}

	@PostMapping("/{id}/milestones/{milestoneId}/done")
	String done(@PathVariable String id, @PathVariable long milestoneId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate doneOn,
			RedirectAttributes redirect) {
		return step(id, redirect, () -> tasks.markMilestoneDone(id, milestoneId, doneOn));
	}

	@PostMapping("/{id}/milestones/{milestoneId}/reopen")
	String reopen(@PathVariable String id, @PathVariable long milestoneId, RedirectAttributes redirect) {
		return step(id, redirect, () -> tasks.reopenMilestone(id, milestoneId));
	}

	@PostMapping("/{id}/rating")
	String rate(@PathVariable String id, @RequestParam(required = false) CompletionRating rating,
			@RequestParam(required = false) String comment, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		Map<String, CompletionRating> perUnit = new LinkedHashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("unit.") && value != null && !value.isBlank()) {
				perUnit.put(key.substring(5), CompletionRating.valueOf(value));
			}
		});
		return step(id, redirect, () -> tasks.rate(id, rating, perUnit, comment));
	}

	private String step(String id, RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", true);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			Locale locale = LocaleContextHolder.getLocale();
			String message = e.fieldErrors().isEmpty()
					? messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale)
					: e.fieldErrors().stream()
						.map(f -> messages.getMessage("supervision.invalid." + f.field().replaceAll("\\[\\d+]", "").replace('.', '-'),
								null, f.message(), locale))
						.collect(Collectors.joining(" "));
			redirect.addFlashAttribute("refused", message);
		}
		return "redirect:/tasks/" + id;
	}

	// --- helpers -------------------------------------------------------------------------------

	private void requireManager() {
		if (!tasks.mayManage()) {
			throw DomainException.forbidden("role may not do this");
		}
	}

	private void referenceData(Model model) {
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("sources", TaskSource.values());
		model.addAttribute("frequencies", ReportingFrequency.values());
		model.addAttribute("lightValues", TrafficLight.values());
		model.addAttribute("unitRoles", UnitRole.values());
		model.addAttribute("units", organization.allUnits());
		model.addAttribute("unitNames", unitNames());
		List<Cadre> leaders = organization.allCadres().stream()
			.filter(c -> c.getRank() == Rank.ZHENG_CHU || c.getRank() == Rank.FU_CHU)
			.toList();
		model.addAttribute("leaders", leaders);
		model.addAttribute("cadreNames", organization.allCadres().stream()
			.collect(Collectors.toMap(Cadre::getCadreNo, Cadre::getName, (a, b) -> a)));
		model.addAttribute("campaignList", campaigns.all());
	}

	private Map<String, String> unitNames() {
		return organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName, (a, b) -> a));
	}

	private static String nameOf(Enum<?> e) {
		return e == null ? "" : e.name();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
