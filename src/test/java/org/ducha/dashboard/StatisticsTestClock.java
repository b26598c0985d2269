package org.ducha.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A clock the statistics and bulletin tests set. It starts on Friday 2026-09-18, 10:00 in the district. */
public class StatisticsTestClock extends Clock {

	public static final LocalDate START = LocalDate.of(2026, 9, 18);

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private volatile Instant now = at(START);

	public void setDate(LocalDate date) {
		now = at(date);
	}

	public void reset() {
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
