package org.ducha.calendar;

import java.time.LocalDate;

/** One date of the calendar: its kind and, for a holiday or make-up day, the name given to it (e.g. 国庆节). */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

	public boolean working() {
		return kind.isWorking();
	}

	public boolean weekend() {
		return date.getDayOfWeek().getValue() >= 6;
	}
}
