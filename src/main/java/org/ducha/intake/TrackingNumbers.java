package org.ducha.intake;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracking numbers {@code JB-YYYY-NNNNNN} (受理编号), counted per year of the received date. The year's
 * counter row is locked (PESSIMISTIC_WRITE) in the registering transaction, so concurrent
 * registrations on any node wait for each other and a rolled-back registration gives its number back:
 * no gaps, no duplicates.
 */
@Component
class TrackingNumbers {

	private final ReportCounterRepository counters;

	TrackingNumbers(ReportCounterRepository counters) {
		this.counters = counters;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	String next(int year) {
		counters.createIfAbsent(year);
		ReportCounter counter = counters.lockYear(year).orElseThrow();
		return format(year, counter.next());
	}

	static String format(int year, long number) {
		return String.format(Locale.ROOT, "JB-%04d-%06d", year, number);
	}
}
