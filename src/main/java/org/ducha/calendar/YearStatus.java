package org.ducha.calendar;

/** Whether an administrator has declared a year's calendar complete. */
public enum YearStatus {

	/** No complete calendar: the year counts Monday–Friday only and is reported missing. */
	NOT_LOADED,

	/** The year's holidays and make-up days are entered and declared complete. */
	LOADED
}
