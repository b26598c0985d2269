package org.ducha.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The clock of the calendar's Spring tests: 2026-09-30 17:00 UTC, which is already 2026-10-01 01:00 in
 * the district (Asia/Shanghai). The clock's own zone is UTC on purpose: "today" must not follow it.
 */
@TestConfiguration(proxyBeanMethods = false)
class CalendarTestClock {

	static final Instant NOW = Instant.parse("2026-09-30T17:00:00Z");

	@Bean
	@Primary
	Clock calendarTestClock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}
}
