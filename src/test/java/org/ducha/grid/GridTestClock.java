package org.ducha.grid;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A fixed clock for the grid tests: Friday 2026-09-18, 10:00 in the district. */
class GridTestClock extends Clock {

	static final LocalDate START = LocalDate.of(2026, 9, 18);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private final Instant now = START.atTime(10, 0).atZone(ZONE).toInstant();

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
