package org.ducha.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the assignment tests set by hand; it starts on Monday 2026-09-14, 10:00 in the district. */
class AssignmentTestClock extends Clock {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate START = LocalDate.of(2026, 9, 14);

	private volatile Instant now = at(START);

	/** Moves to 10:00 in the district on that date. */
	void setDate(LocalDate date) {
		now = at(date);
	}

	void reset() {
		now = at(START);
	}

	private static Instant at(LocalDate date) {
		return date.atTime(10, 0).atZone(ZONE).toInstant();
	}

	@Override
	public ZoneId getZone() {
		return ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return now;
	}
}
