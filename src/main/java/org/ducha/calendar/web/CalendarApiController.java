package org.ducha.calendar.web;

import java.time.LocalDate;

import jakarta.validation.Valid;

import org.ducha.calendar.WorkingCalendar;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The calendar endpoints of API.md, open to every signed-in user. */
@RestController
@RequestMapping("/api/v1/calendar")
@PreAuthorize("isAuthenticated()")
class CalendarApiController {

	static final int MAX_DAYS = 3650;

	/** Dates the API answers for; outside them a request is a mistake, not a question. */
	static final int FIRST_YEAR = 1900;
	static final int LAST_YEAR = 2199;

	private final WorkingCalendar calendar;
	private final MessageSource messages;

	CalendarApiController(WorkingCalendar calendar, MessageSource messages) {
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/add-working-days")
	DateResponse addWorkingDays(@Valid AddWorkingDaysQuery query) {
		checkRange("from", query.from());
		return new DateResponse(calendar.addWorkingDays(query.from(), query.days()));
	}

	@GetMapping("/working-day")
	WorkingDayResponse workingDay(@Valid WorkingDayQuery query) {
		checkRange("date", query.date());
		return new WorkingDayResponse(query.date(), calendar.isWorkingDay(query.date()));
	}

	private void checkRange(String field, LocalDate date) {
		if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
			throw DomainException.validation(field, messages.getMessage("calendar.api.dateOutOfRange",
					new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR) }, LocaleContextHolder.getLocale()));
		}
	}
}
