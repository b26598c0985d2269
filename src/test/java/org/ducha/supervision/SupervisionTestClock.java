package org.ducha.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the supervision tests set: it starts on Monday 2026-09-14, 10:00 in the district. */
class SupervisionTestClock extends Clock {

	static final LocalDate START = LocalDate.of(2026, 9, 14);

	private volatile Instant now = at(START);

	static Instant at(LocalDate date) {
		return date.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	void setDate(LocalDate date) {
		now = at(date);
	}

	void reset() {
		now = at(START);
	}

	@Override
	public ZoneId getZone() {
		return ZoneId.of("Asia/Shanghai");
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
