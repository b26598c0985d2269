package org.ducha.rectification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Recurrence (反弹回潮 / 边整改边再犯, SPEC §6.1) as a named rule: a new problem of the same unit and
 * category found within 12 calendar months of the closing of an earlier problem repeats it. "Within
 * 12 months of D" runs from D to the same day-of-month twelve months later, or that month's last day
 * if the day does not exist (SPEC §3), both ends included. Of several candidates the one closed last wins.
 */
final class RecurrencePolicy {

	static final int MONTHS = 12;

	private RecurrencePolicy() {
	}

	/** The last found date on which a problem still repeats one closed on {@code closedOn}. */
	static LocalDate windowEnd(LocalDate closedOn) {
		YearMonth month = YearMonth.from(closedOn).plusMonths(MONTHS);
		return month.atDay(Math.min(closedOn.getDayOfMonth(), month.lengthOfMonth()));
	}

	/** The earliest closing date that can still make a problem found on {@code foundOn} a recurrence. */
	static LocalDate earliestClosing(LocalDate foundOn) {
		return foundOn.minusMonths(MONTHS + 1L);
	}

	static boolean repeats(String unitCode, String categoryCode, LocalDate foundOn, Problem earlier) {
		return earlier.getStatus() == ProblemStatus.CLOSED && earlier.getClosedOn() != null
				&& earlier.getUnitCode().equals(unitCode) && earlier.getCategoryCode().equals(categoryCode)
				&& !foundOn.isBefore(earlier.getClosedOn()) && !foundOn.isAfter(windowEnd(earlier.getClosedOn()));
	}

	/** The earlier problem that a new one of this unit, category and found date repeats, if any. */
	static Optional<Problem> repeatedBy(String unitCode, String categoryCode, LocalDate foundOn,
			Collection<Problem> candidates) {
		return candidates.stream()
			.filter(p -> repeats(unitCode, categoryCode, foundOn, p))
			.max(Comparator.comparing(Problem::getClosedOn)
				.thenComparing(Problem::getId, Comparator.nullsFirst(Comparator.naturalOrder())));
	}
}
