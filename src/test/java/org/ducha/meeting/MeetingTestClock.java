package org.ducha.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** A clock the meeting tests set: it starts on Monday 2026-09-14, 10:00 in the district. */
class MeetingTestClock extends Clock {

	static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
	static final LocalDateTime START = LocalDateTime.of(2026, 9, 14, 10, 0);

	private volatile Instant now = at(START);

	static Instant at(LocalDateTime time) {
		return time.atZone(DISTRICT).toInstant();
	}

	void set(LocalDateTime time) {
		now = at(time);
	}

	void reset() {
		now = at(START);
	}

	@Override
	public ZoneId getZone() {
		return DISTRICT;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(now, zone);
	}

	@Override
	public Instant instant() {
		return now;
	}
}
