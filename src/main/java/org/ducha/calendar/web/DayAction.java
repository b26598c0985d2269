package org.ducha.calendar.web;

/** What the administrator does to the chosen date. */
enum DayAction {

	/** Make it a named holiday. */
	HOLIDAY,

	/** Make the Saturday or Sunday a make-up working day. */
	MAKEUP_WORKDAY,

	/** Remove the holiday or make-up order. */
	CLEAR
}
