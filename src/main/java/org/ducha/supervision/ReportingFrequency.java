package org.ducha.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How often each unit reports progress on its part of a task (SPEC §7). The expected reporting
 * dates count from the issue date: WEEKLY every 7 days, SEMIMONTHLY every 15 days, MONTHLY on the
 * same day of each following month (the month's last day where that day does not exist, SPEC §3).
 */
public enum ReportingFrequency {
	WEEKLY,
	SEMIMONTHLY,
	MONTHLY;

	/** The k-th expected reporting date after {@code issuedOn} (k ≥ 1), before any shift to a working day. */
	public LocalDate nth(LocalDate issuedOn, int k) {
		return switch (this) {
			case WEEKLY -> issuedOn.plusDays(7L * k);
			case SEMIMONTHLY -> issuedOn.plusDays(15L * k);
			case MONTHLY -> issuedOn.plusMonths(k);
		};
	}

	/** The expected reporting dates after {@code issuedOn} up to and including {@code until}. */
	public List<LocalDate> datesUntil(LocalDate issuedOn, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		for (int k = 1;; k++) {
			LocalDate date = nth(issuedOn, k);
			if (date.isAfter(until)) {
				return dates;
			}
			dates.add(date);
		}
	}
}
