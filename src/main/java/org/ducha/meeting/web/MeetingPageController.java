package org.ducha.meeting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.meeting.AttendanceNotice;
import org.ducha.meeting.Attendee;
import org.ducha.meeting.CheckInMark;
import org.ducha.meeting.Meeting;
import org.ducha.meeting.MeetingDetails;
import org.ducha.meeting.MeetingFilter;
import org.ducha.meeting.MeetingStatus;
import org.ducha.meeting.Meetings;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Rank;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ContentDisposition;
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
 * The meeting pages: the list (and its .xlsx) with the leave requests waiting for the signed-in
 * leader, the form, the meeting page (attendees, leave requests to submit and decide, the
 * check-in grid, closing and cancelling), and the attendance notice of a meeting or a month as a
 * print-friendly page and a .docx.
 */
@Controller
@RequestMapping("/meetings")
class MeetingPageController {

	static final int PAGE_SIZE = 20;

	private final Meetings meetings;
	private final MeetingExport export;
	private final AttendanceExport attendanceExport;
	private final NoticeText noticeText;
	private final NoticeDocument noticeDocument;
	private final Organization organization;
	private final AccessControl access;
	private final WorkingCalendar calendar;
	private final MessageSource messages;

	MeetingPageController(Meetings meetings, MeetingExport export, AttendanceExport attendanceExport, NoticeText noticeText,
			NoticeDocument noticeDocument, Organization organization, AccessControl access, WorkingCalendar calendar,
			MessageSource messages) {
		this.meetings = meetings;
		this.export = export;
		this.attendanceExport = attendanceExport;
		this.noticeText = noticeText;
		this.noticeDocument = noticeDocument;
		this.organization = organization;
		this.access = access;
		this.calendar = calendar;
		this.messages = messages;
	}

	// --- list ----------------------------------------------------------------------------------

	@GetMapping
	String list(@RequestParam(required = false) MeetingStatus status, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, HtmxRequest htmx,
			Model model) {
		MeetingFilter filter = new MeetingFilter(status, blank(unitCode), null, null, blank(q));
		Page<Meeting> result = meetings.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"))));
		model.addAttribute("meetings", result);
		model.addAttribute("filter", filter);
		model.addAttribute("starts", result.getContent().stream()
			.collect(Collectors.toMap(Meeting::getId, meetings::localStart)));
		model.addAttribute("mayManage", meetings.mayManage());
		model.addAttribute("mayReadNotices", meetings.mayReadNotices());
		model.addAttribute("pending", meetings.pendingForMe());
		referenceData(model);
		return htmx.isHtmxRequest() ? "meeting/list :: results" : "meeting/list";
	}

	@GetMapping(params = "format=xlsx")
	void listXlsx(@RequestParam(required = false) MeetingStatus status, @RequestParam(required = false) String unitCode,
			@RequestParam(required = false) String q, HttpServletResponse response) throws IOException {
		export.respond(new MeetingFilter(status, blank(unitCode), null, null, blank(q)), response);
	}

	// --- scheduling ----------------------------------------------------------------------------

	@GetMapping("/new")
	String newForm(Model model) {
		requireManager();
		MeetingForm form = new MeetingForm();
		form.setOrganizerUnitCode(access.findCurrentUser().map(CurrentUser::unitCode).orElse(null));
		form.setLeaderCadreNo("");
		model.addAttribute("meetingForm", form);
		return form(model);
	}

	@PostMapping
	String create(@ModelAttribute("meetingForm") MeetingForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		requireManager();
		try {
			if (binding.hasErrors()) {
				meetings.check(form.toNewMeeting());
				return form(model);
			}
			Meeting meeting = meetings.schedule(form.toNewMeeting());
			redirect.addFlashAttribute("created", true);
			return "redirect:/meetings/" + meeting.getId();
		}
		catch (DomainException e) {
			if (e.fieldErrors().isEmpty()) {
				throw e;
			}
			bind(e, binding);
			return form(model);
		}
	}

	private String form(Model model) {
		referenceData(model);
		return "meeting/new";
	}

	// --- meeting page --------------------------------------------------------------------------

	@GetMapping("/{id}")
	String view(@PathVariable String id, Model model) {
		MeetingDetails details = meetings.view(id);
		model.addAttribute("leaveForm", new LeaveForm());
		return page(details, model);
	}

	private String page(MeetingDetails details, Model model) {
		Meeting m = details.meeting();
		model.addAttribute("d", details);
		model.addAttribute("m", m);
		model.addAttribute("start", meetings.localStart(m));
		model.addAttribute("mayManage", meetings.mayManage());
		model.addAttribute("decides", meetings.decidesLeaveOf(m));
		model.addAttribute("checkInOpen", meetings.mayManage() && meetings.checkInOpen(m));
		model.addAttribute("closable", meetings.mayManage() && meetings.closable(m));
		List<Attendee> forLeave = meetings.acceptsLeave(m) ? details.attendees().stream()
			.filter(s -> s.leave() == null || !s.leave().isOpen())
			.map(MeetingDetails.AttendeeState::attendee)
			.filter(meetings::maySubmitLeaveFor)
			.toList() : List.of();
		model.addAttribute("leaveAttendees", forLeave);
		model.addAttribute("marks", CheckInMark.values());
		model.addAttribute("attendeeNames", m.getAttendees().stream()
			.collect(Collectors.toMap(Attendee::getCadreNo, a -> a.getCadreName(), (a, b) -> a)));
		referenceData(model);
		return "meeting/view";
	}

	@PostMapping("/{id}/leave-requests")
	String requestLeave(@PathVariable String id, @ModelAttribute("leaveForm") LeaveForm form, BindingResult binding,
			Model model, RedirectAttributes redirect) {
		try {
			meetings.requestLeave(id, form.toNewLeaveRequest());
			redirect.addFlashAttribute("done", "meeting.view.leaveSubmitted");
			return "redirect:/meetings/" + id;
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			if (e.fieldErrors().isEmpty()) {
				model.addAttribute("refused", messageOf(e));
			}
			else {
				bind(e, binding);
			}
			return page(meetings.view(id), model);
		}
	}

	@PostMapping("/leave-requests/{leaveId}/approve")
	String approve(@PathVariable String leaveId, RedirectAttributes redirect) {
		String meetingId = String.valueOf(meetings.requireLeave(leaveId).getMeetingId());
		return step(meetingId, redirect, "meeting.view.leaveApproved", () -> meetings.approveLeave(leaveId));
	}

	@PostMapping("/leave-requests/{leaveId}/refuse")
	String refuse(@PathVariable String leaveId, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		String meetingId = String.valueOf(meetings.requireLeave(leaveId).getMeetingId());
		return step(meetingId, redirect, "meeting.view.leaveRefused", () -> meetings.refuseLeave(leaveId, reason));
	}

	@PostMapping("/{id}/check-in")
	String checkIn(@PathVariable String id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
		return step(id, redirect, "meeting.view.checkInSaved", () -> {
			Meeting m = meetings.require(id);
			for (Attendee a : m.getAttendees()) {
				String key = "mark." + a.getCadreNo();
				if (!params.containsKey(key)) {
					continue;
				}
				String value = params.get(key);
				CheckInMark mark = value == null || value.isBlank() ? null : parseMark(value);
				if (mark != a.getMark()) {
					meetings.checkIn(id, a.getCadreNo(), mark);
				}
			}
		});
	}

	@PostMapping("/{id}/close")
	String close(@PathVariable String id, RedirectAttributes redirect) {
		return step(id, redirect, "meeting.view.closed", () -> meetings.close(id));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable String id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		return step(id, redirect, "meeting.view.cancelled", () -> meetings.cancel(id, reason));
	}

	// --- notices -------------------------------------------------------------------------------

	@GetMapping("/{id}/notice")
	String meetingNotice(@PathVariable String id, Model model) {
		AttendanceNotice notice = meetings.notice(id);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("noticeTitle", noticeText.meetingTitle(notice.meetings().getFirst(), locale));
		model.addAttribute("docxHref", "/meetings/" + id + "/notice.docx");
		model.addAttribute("backHref", "/meetings/" + id);
		return notice(notice, model, locale);
	}

	@GetMapping("/{id}/notice.docx")
	void meetingNoticeDocx(@PathVariable String id, HttpServletResponse response) throws IOException {
		AttendanceNotice notice = meetings.notice(id);
		Locale locale = LocaleContextHolder.getLocale();
		docx(notice, noticeText.meetingTitle(notice.meetings().getFirst(), locale), "attendance-notice-" + id, locale,
				response);
	}

	@GetMapping("/notice")
	String monthNotice(@RequestParam(required = false) String month, Model model) {
		YearMonth ym = monthOf(month);
		AttendanceNotice notice = meetings.notice(ym);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("noticeTitle", noticeText.monthTitle(notice, locale));
		model.addAttribute("docxHref", "/meetings/notice.docx?month=" + ym);
		model.addAttribute("backHref", "/meetings");
		model.addAttribute("month", ym);
		return notice(notice, model, locale);
	}

	@GetMapping("/notice.docx")
	void monthNoticeDocx(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
		YearMonth ym = monthOf(month);
		AttendanceNotice notice = meetings.notice(ym);
		Locale locale = LocaleContextHolder.getLocale();
		docx(notice, noticeText.monthTitle(notice, locale), "attendance-notice-" + ym, locale, response);
	}

	@GetMapping("/notice.xlsx")
	void monthLedgerXlsx(@RequestParam(required = false) String month, HttpServletResponse response) throws IOException {
		YearMonth ym = monthOf(month);
		attendanceExport.respond(meetings.attendanceLedger(ym.atDay(1), ym.atEndOfMonth()), response);
	}

	private String notice(AttendanceNotice notice, Model model, Locale locale) {
		model.addAttribute("notice", notice);
		model.addAttribute("parts", noticeText.parts(notice, locale));
		model.addAttribute("lines", noticeText.parts(notice, locale).stream()
			.collect(Collectors.toMap(NoticeText.Part::heading, p -> p.named().stream()
				.map(n -> noticeText.namedLine(n, locale)).toList(), (a, b) -> a)));
		return "meeting/notice";
	}

	private void docx(AttendanceNotice notice, String title, String baseName, Locale locale, HttpServletResponse response)
			throws IOException {
		response.setContentType(NoticeDocument.CONTENT_TYPE);
		response.setHeader("Content-Disposition", ContentDisposition.attachment()
			.filename(baseName + ".docx", StandardCharsets.UTF_8).build().toString());
		noticeDocument.write(notice, title, locale, response.getOutputStream());
	}

	private YearMonth monthOf(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.from(calendar.today());
		}
		try {
			return YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException e) {
			throw DomainException.validation("month", "YYYY-MM");
		}
	}

	// --- helpers -------------------------------------------------------------------------------

	private String step(String id, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("done", doneKey);
		}
		catch (DomainException e) {
			if (e.kind() == DomainException.Kind.NOT_FOUND || e.kind() == DomainException.Kind.FORBIDDEN) {
				throw e;
			}
			redirect.addFlashAttribute("refused", messageOf(e));
		}
		return "redirect:/meetings/" + id;
	}

	private String messageOf(DomainException e) {
		Locale locale = LocaleContextHolder.getLocale();
		return e.fieldErrors().isEmpty()
				? messages.getMessage("error." + e.code(), e.args(), e.getMessage(), locale)
				: e.fieldErrors().stream()
					.map(f -> messages.getMessage("meeting.invalid." + fieldOf(f.field()), null, f.message(), locale))
					.collect(Collectors.joining(" "));
	}

	private static CheckInMark parseMark(String value) {
		try {
			return CheckInMark.valueOf(value.strip());
		}
		catch (IllegalArgumentException e) {
			throw DomainException.validation("mark", "one of PRESENT, LATE, SUBSTITUTE, ABSENT");
		}
	}

	private static String fieldOf(String field) {
		String plain = field.replaceAll("\\[\\d+]", "");
		return "attendees".equals(plain) ? "unitCodes" : plain;
	}

	private void bind(DomainException e, BindingResult binding) {
		Locale locale = LocaleContextHolder.getLocale();
		for (DomainException.FieldError f : e.fieldErrors()) {
			String field = fieldOf(f.field());
			if (!binding.hasFieldErrors(field)) {
				String message = messages.getMessage("meeting.invalid." + field, null, f.message(), locale);
				binding.addError(new FieldError(binding.getObjectName(), field, null, false, null, null, message));
			}
		}
	}

	private void requireManager() {
		if (!meetings.mayManage()) {
			throw DomainException.forbidden("role may not do this");
		}
	}

	private void referenceData(Model model) {
		List<Unit> units = organization.allUnits();
		List<Cadre> cadres = organization.allCadres();
		model.addAttribute("statuses", MeetingStatus.values());
		model.addAttribute("units", units);
		model.addAttribute("unitNames", units.stream().collect(Collectors.toMap(Unit::getCode, Unit::getName, (a, b) -> a)));
		model.addAttribute("principals", units.stream().filter(u -> u.getPrincipalNo() != null)
			.collect(Collectors.toMap(Unit::getCode, Unit::getPrincipalNo, (a, b) -> a)));
		model.addAttribute("cadres", cadres);
		model.addAttribute("cadreNames", cadres.stream().collect(Collectors.toMap(Cadre::getCadreNo, Cadre::getName, (a, b) -> a)));
		model.addAttribute("leaders", cadres.stream()
			.filter(c -> c.getRank() == Rank.ZHENG_CHU || c.getRank() == Rank.FU_CHU).toList());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
