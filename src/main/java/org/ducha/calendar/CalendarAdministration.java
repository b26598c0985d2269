package org.ducha.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The system administrator's management of the calendar: holidays, make-up working days and the
 * "year complete" declaration. Every edit is audited and advances the calendar revision, so every
 * node's {@link WorkingCalendar} sees it (this node at once, the others within the check interval).
 */
@Service
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
public class CalendarAdministration {

	/** The years the administration page accepts. */
	public static final int FIRST_YEAR = 2000;
	public static final int LAST_YEAR = 2100;

	private final DayOverrideRepository days;
	private final CalendarYearRepository years;
	private final CalendarRevisionRepository revisions;
	private final CalendarCache cache;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;

	CalendarAdministration(DayOverrideRepository days, CalendarYearRepository years,
			CalendarRevisionRepository revisions, CalendarCache cache, WorkingCalendar calendar, AuditLog audit,
			Clock clock) {
		this.days = days;
		this.years = years;
		this.revisions = revisions;
		this.cache = cache;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** A year as the administration page shows it. */
	public record YearOverview(int year, YearStatus status, Instant loadedAt, String loadedBy, List<CalendarDay> days) {
	}

	@Transactional(readOnly = true)
	public YearOverview overview(int year) {
		checkYear(year);
		CalendarYear stored = years.findById(year).orElse(null);
		return stored == null
				? new YearOverview(year, YearStatus.NOT_LOADED, null, null, calendar.daysOf(year))
				: new YearOverview(year, stored.status(), stored.loadedAt(), stored.loadedBy(), calendar.daysOf(year));
	}

	/** Makes the date a named holiday (not a working day), replacing a make-up order on it. */
	@Transactional
	public CalendarDay markHoliday(LocalDate date, String name) {
		checkYear(date.getYear());
		CalendarDay before = beginEdit(date);
		DayOverride day = days.findByDate(date).orElse(null);
		if (day == null) {
			day = days.save(DayOverride.holiday(date, name, Instant.now(clock), actor()));
		}
		else {
			day.markHoliday(name, Instant.now(clock), actor());
		}
		return finishEdit("CALENDAR_HOLIDAY_MARKED", before, day);
	}

	/** Orders a Saturday or Sunday to be worked (调休上班); the name is optional. */
	@Transactional
	public CalendarDay markMakeupWorkday(LocalDate date, String name) {
		checkYear(date.getYear());
		CalendarDay before = beginEdit(date);
		DayOverride day = days.findByDate(date).orElse(null);
		if (day == null) {
			day = days.save(DayOverride.makeupWorkday(date, name, Instant.now(clock), actor()));
		}
		else {
			day.markMakeupWorkday(name, Instant.now(clock), actor());
		}
		return finishEdit("CALENDAR_MAKEUP_WORKDAY_MARKED", before, day);
	}

	/** Removes the holiday or make-up order: the date follows the weekday rule again. */
	@Transactional
	public CalendarDay clearOverride(LocalDate date) {
		checkYear(date.getYear());
		CalendarDay before = beginEdit(date);
		DayOverride day = days.findByDate(date)
			.orElseThrow(() -> DomainException.notFound("CALENDAR_OVERRIDE_NOT_FOUND", "no override on " + date));
		days.delete(day);
		days.flush();
		CalendarDay after = new CalendarDay(date, weekdayKind(date), null);
		audit.record("CALENDAR_OVERRIDE_CLEARED", "CalendarDay", date.toString(), "was=" + describe(before));
		return after;
	}

	/** Declares the year's holidays and make-up days complete: the missing-year warning goes away. */
	@Transactional
	public void markYearLoaded(int year) {
		checkYear(year);
		advanceRevision();
		CalendarYear stored = years.findById(year).orElseGet(() -> years.save(new CalendarYear(year)));
		stored.markLoaded(Instant.now(clock), actor());
		audit.record("CALENDAR_YEAR_LOADED", "CalendarYear", String.valueOf(year), "status=LOADED");
	}

	/** Withdraws the "complete" declaration of a year; its days stay as entered. */
	@Transactional
	public void reopenYear(int year) {
		checkYear(year);
		advanceRevision();
		CalendarYear stored = years.findById(year)
			.orElseThrow(() -> DomainException.illegalTransition(YearStatus.NOT_LOADED, "reopen"));
		stored.reopen();
		audit.record("CALENDAR_YEAR_REOPENED", "CalendarYear", String.valueOf(year), "status=NOT_LOADED");
	}

	private CalendarDay beginEdit(LocalDate date) {
		advanceRevision();
		return days.findByDate(date)
			.map(d -> new CalendarDay(date, d.kind(), d.name()))
			.orElseGet(() -> new CalendarDay(date, weekdayKind(date), null));
	}

	private CalendarDay finishEdit(String action, CalendarDay before, DayOverride day) {
		CalendarDay after = new CalendarDay(day.date(), day.kind(), day.name());
		audit.record(action, "CalendarDay", day.date().toString(), "was=" + describe(before) + "; now=" + describe(after));
		return after;
	}

	/**
	 * Locks the revision row first: concurrent edits queue here, and after commit this node's cache
	 * re-checks at once.
	 */
	private void advanceRevision() {
		revisions.lockRevision().orElseThrow(() -> new IllegalStateException("cal_revision row missing")).advance();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cache.invalidate();
				}
			});
		}
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw DomainException.invalid("CALENDAR_YEAR_OUT_OF_RANGE", "year out of range",
					String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
		}
	}

	private static DayKind weekdayKind(LocalDate date) {
		return date.getDayOfWeek().getValue() >= 6 ? DayKind.WEEKEND : DayKind.WORKDAY;
	}

	private static String describe(CalendarDay day) {
		return day.name() == null ? day.kind().name() : day.kind().name() + "(" + day.name() + ")";
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}
}
