package org.ducha.calendar;

/** The traffic light of anything with a due date, as of a given day (SPEC §3, fixed). */
public enum TrafficLight {

	/** More than 3 working days d with today &lt; d &le; due remain. */
	GREEN,

	/** 0 to 3 such working days remain; an item due today is YELLOW. */
	YELLOW,

	/** Today is after the due date. */
	RED
}
