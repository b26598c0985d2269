package org.ducha.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock the intake tests move by hand. It starts on Friday 2026-09-18, 10:00 in the district, the
 * SPEC §3 example: 15 working days later is 2026-10-15.
 */
class IntakeTestClock extends Clock {

	static final Instant START = Instant.parse("2026-09-18T02:00:00Z");

	private volatile Instant now = START;

	void set(Instant instant) {
		now = instant;
	}

	/** Moves to 10:00 in the district on that date. */
	void setDate(java.time.LocalDate date) {
		now = date.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant();
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	void reset() {
		now = START;
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
