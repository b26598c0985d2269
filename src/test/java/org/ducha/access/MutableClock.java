package org.ducha.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that tests move by hand. */
class MutableClock extends Clock {

	static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

	private volatile Instant now;
	private final ZoneId zone;

	MutableClock(Instant now, ZoneId zone) {
		this.now = now;
		this.zone = zone;
	}

	void set(Instant instant) {
		now = instant;
	}

	void advance(Duration duration) {
		now = now.plus(duration);
	}

	void reset() {
		now = START;
	}

	@Override
	public ZoneId getZone() {
		return zone;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return new MutableClock(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
