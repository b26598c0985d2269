package org.ducha.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.calendar.WorkingCalendar;

/**
 * The reporting dates of a unit's part of a task and the ones it missed (SPEC §7 "a missed
 * reporting date shows as late"), as named rules:
 * <ol>
 * <li>The k-th reporting date is {@link ReportingFrequency#nth} of the issue date; when that is not a
 * working day, the next working day.</li>
 * <li>Reporting dates are expected while the unit's part is open, overdue or not: none after the day
 * its assignment was closed.</li>
 * <li>A reporting date is met by a progress report made after the previous reporting date (or on or
 * after the issue date, for the first) and on or before it.</li>
 * <li>A reporting date not met is late once today is after it.</li>
 * </ol>
 */
public final class ReportingSchedule {

	private final WorkingCalendar calendar;

	public ReportingSchedule(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The reporting dates from the issue date up to {@code until} (inclusive), each on a working day. */
	public List<LocalDate> reportingDates(ReportingFrequency frequency, LocalDate issuedOn, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		for (int k = 1;; k++) {
			LocalDate nominal = frequency.nth(issuedOn, k);
			if (nominal.isAfter(until)) {
				return dates;
			}
			LocalDate date = calendar.isWorkingDay(nominal) ? nominal : calendar.addWorkingDays(nominal, 1);
			if (!date.isAfter(until)) {
				dates.add(date);
			}
		}
	}

	/**
	 * The reporting dates a unit missed as of {@code today}.
	 *
	 * @param reportedOn the days of the unit's progress reports, any order
	 * @param closedOn the day the unit's assignment was closed, or null while open
	 */
	public List<LocalDate> missed(ReportingFrequency frequency, LocalDate issuedOn, LocalDate closedOn,
			List<LocalDate> reportedOn, LocalDate today) {
		LocalDate until = closedOn != null && closedOn.isBefore(today) ? closedOn : today;
		List<LocalDate> missed = new ArrayList<>();
		LocalDate previous = null;
		for (LocalDate due : reportingDates(frequency, issuedOn, until)) {
			LocalDate after = previous;
			boolean met = reportedOn.stream()
				.anyMatch(d -> (after == null ? !d.isBefore(issuedOn) : d.isAfter(after)) && !d.isAfter(due));
			if (!met && today.isAfter(due)) {
				missed.add(due);
			}
			previous = due;
		}
		return missed;
	}
}
