package org.ducha.calendar;

/** What a date is in the working-day calendar. Only HOLIDAY and MAKEUP_WORKDAY are stored, as overrides. */
public enum DayKind {

	/** Monday–Friday without a holiday: a working day. */
	WORKDAY,

	/** Saturday or Sunday without a make-up order: not a working day. */
	WEEKEND,

	/** A public holiday of the State Council notice (法定节假日/放假): not a working day, whatever the weekday. */
	HOLIDAY,

	/** A Saturday or Sunday ordered to be worked (调休上班): a working day. */
	MAKEUP_WORKDAY;

	public boolean isWorking() {
		return this == WORKDAY || this == MAKEUP_WORKDAY;
	}
}
