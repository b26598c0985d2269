package org.ducha.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;

/**
 * One year's working days as arrays: {@code kinds[i]} is the kind of day-of-year {@code i + 1};
 * {@code cumulative[i]} counts the working days among the first {@code i} days of the year.
 * Counting and stepping over working days are then array look-ups and a binary search.
 */
final class YearTable {

	private final int year;
	private final DayKind[] kinds;
	private final String[] names;
	private final int[] cumulative;

	YearTable(int year, Map<LocalDate, CalendarDay> overrides) {
		this.year = year;
		LocalDate first = LocalDate.of(year, 1, 1);
		int length = first.lengthOfYear();
		kinds = new DayKind[length];
		names = new String[length];
		cumulative = new int[length + 1];
		for (int i = 0; i < length; i++) {
			LocalDate date = first.plusDays(i);
			CalendarDay override = overrides.get(date);
			if (override != null) {
				kinds[i] = override.kind();
				names[i] = override.name();
			}
			else {
				kinds[i] = date.getDayOfWeek().getValue() >= 6 ? DayKind.WEEKEND : DayKind.WORKDAY;
			}
			cumulative[i + 1] = cumulative[i] + (kinds[i].isWorking() ? 1 : 0);
		}
	}

	int year() {
		return year;
	}

	CalendarDay day(LocalDate date) {
		int i = date.getDayOfYear() - 1;
		return new CalendarDay(date, kinds[i], names[i]);
	}

	boolean isWorking(LocalDate date) {
		return kinds[date.getDayOfYear() - 1].isWorking();
	}

	/** Working days d of this year with d &le; date. */
	int upTo(LocalDate date) {
		return cumulative[date.getDayOfYear()];
	}

	/** Working days d of this year with d &lt; date. */
	int before(LocalDate date) {
		return cumulative[date.getDayOfYear() - 1];
	}

	int total() {
		return cumulative[kinds.length];
	}

	/** The k-th working day of the year, 1 &le; k &le; {@link #total()}. */
	LocalDate nth(int k) {
		int found = Arrays.binarySearch(cumulative, k);
		if (found < 0) {
			throw new IllegalArgumentException("year " + year + " has no working day number " + k);
		}
		while (found > 0 && cumulative[found - 1] == k) {
			found--;
		}
		return LocalDate.ofYearDay(year, found);
	}
}
