package org.ducha.supervision;

import java.time.LocalDate;
import java.util.List;

import org.ducha.calendar.WorkingCalendar;

/**
 * Backward scheduling (倒排工期, SPEC §7) on the working-day calendar: a milestone N working days
 * before the final deadline D falls on the N-th working day counting backwards from D, D itself not
 * counted — the mirror of SPEC §3's "within N working days of D". 0 working days is the deadline itself.
 */
public final class BackwardSchedule {

	private final WorkingCalendar calendar;

	public BackwardSchedule(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	public LocalDate dateOf(LocalDate deadline, int workingDaysBefore) {
		return calendar.minusWorkingDays(deadline, workingDaysBefore);
	}

	public List<LocalDate> datesOf(LocalDate deadline, List<Integer> workingDaysBefore) {
		return workingDaysBefore.stream().map(n -> dateOf(deadline, n)).toList();
	}
}
