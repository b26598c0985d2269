package org.ducha.calendar.web;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.ducha.calendar.CalendarAdministration;
import org.ducha.calendar.CalendarAdministration.YearOverview;
import org.ducha.calendar.CalendarDay;
import org.ducha.calendar.DayKind;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.shared.DomainException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar administration page: a year as twelve month grids, a day editor, and the year's
 * "complete" declaration. One URL serves the page, or for htmx requests the part below the title.
 */
@Controller
@RequestMapping("/admin/calendar")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class CalendarAdminController {

	private static final String PAGE = "calendar/admin";

	private final CalendarAdministration administration;
	private final WorkingCalendar calendar;

	CalendarAdminController(CalendarAdministration administration, WorkingCalendar calendar) {
		this.administration = administration;
		this.calendar = calendar;
	}

	@GetMapping
	String page(@RequestParam(required = false) Integer year,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
			HttpServletResponse response) {
		int shown = year != null ? year : date != null ? date.getYear() : calendar.today().getYear();
		LocalDate selected = date != null && date.getYear() == shown ? date : null;
		DayForm form = new DayForm();
		if (selected != null) {
			CalendarDay day = calendar.day(selected);
			form.setDate(selected);
			form.setAction(switch (day.kind()) {
				case MAKEUP_WORKDAY -> DayAction.MAKEUP_WORKDAY;
				case HOLIDAY -> DayAction.HOLIDAY;
				case WEEKEND, WORKDAY -> day.weekend() ? DayAction.MAKEUP_WORKDAY : DayAction.HOLIDAY;
			});
			form.setName(day.name());
		}
		populate(model, shown, selected, form);
		response.setHeader(HttpHeaders.VARY, "HX-Request");
		return htmx != null ? PAGE + " :: body" : PAGE;
	}

	@PostMapping("/days")
	String editDay(@Valid @ModelAttribute("dayForm") DayForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		if (!binding.hasFieldErrors("action") && form.getAction() == DayAction.HOLIDAY
				&& (form.getName() == null || form.getName().isBlank())) {
			binding.rejectValue("name", "calendar.form.name.required");
		}
		if (!binding.hasErrors()) {
			try {
				switch (form.getAction()) {
					case HOLIDAY -> administration.markHoliday(form.getDate(), form.getName());
					case MAKEUP_WORKDAY -> administration.markMakeupWorkday(form.getDate(), form.getName());
					case CLEAR -> administration.clearOverride(form.getDate());
				}
			}
			catch (DomainException e) {
				switch (e.code()) {
					case "MAKEUP_WORKDAY_NOT_WEEKEND", "CALENDAR_YEAR_OUT_OF_RANGE" ->
						binding.rejectValue("date", "error." + e.code(), e.args(), e.getMessage());
					case "CALENDAR_OVERRIDE_NOT_FOUND" -> binding.rejectValue("action", "error." + e.code());
					default -> throw e;
				}
			}
		}
		if (binding.hasErrors()) {
			LocalDate date = form.getDate();
			int shown = date != null && date.getYear() >= CalendarAdministration.FIRST_YEAR
					&& date.getYear() <= CalendarAdministration.LAST_YEAR ? date.getYear() : calendar.today().getYear();
			populate(model, shown, date != null && date.getYear() == shown ? date : null, form);
			return PAGE;
		}
		redirect.addFlashAttribute("saved", form.getDate().toString());
		return "redirect:/admin/calendar?year=" + form.getDate().getYear() + "&date=" + form.getDate();
	}

	@PostMapping("/years/{year}/load")
	String markLoaded(@PathVariable int year, RedirectAttributes redirect) {
		administration.markYearLoaded(year);
		redirect.addFlashAttribute("yearChanged", "loaded");
		return "redirect:/admin/calendar?year=" + year;
	}

	@PostMapping("/years/{year}/reopen")
	String reopen(@PathVariable int year, RedirectAttributes redirect) {
		administration.reopenYear(year);
		redirect.addFlashAttribute("yearChanged", "reopened");
		return "redirect:/admin/calendar?year=" + year;
	}

	private void populate(Model model, int year, LocalDate selected, DayForm form) {
		YearOverview overview = administration.overview(year);
		LocalDate today = calendar.today();
		TreeSet<Integer> concerned = new TreeSet<>(List.of(today.getYear(), today.getYear() + 1, year));
		model.addAttribute("year", year);
		model.addAttribute("firstYear", CalendarAdministration.FIRST_YEAR);
		model.addAttribute("lastYear", CalendarAdministration.LAST_YEAR);
		model.addAttribute("overview", overview);
		model.addAttribute("loadedAt", overview.loadedAt() == null ? null : ZonedDateTime.ofInstant(overview.loadedAt(), calendar.zone()));
		model.addAttribute("missingYears", calendar.missingAmong(List.copyOf(concerned)));
		model.addAttribute("months", MonthView.of(overview.days(), today, selected));
		model.addAttribute("workingDayCount", overview.days().stream().filter(CalendarDay::working).count());
		model.addAttribute("holidayCount", overview.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count());
		model.addAttribute("makeupCount", overview.days().stream().filter(d -> d.kind() == DayKind.MAKEUP_WORKDAY).count());
		model.addAttribute("selectedDay", selected == null ? null : calendar.day(selected));
		model.addAttribute("dayForm", form);
		model.addAttribute("dayActions", DayAction.values());
	}
}
