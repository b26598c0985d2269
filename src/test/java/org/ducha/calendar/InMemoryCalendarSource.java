package org.ducha.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** A calendar source held in memory that counts how often the cache reads it. */
class InMemoryCalendarSource implements CalendarSource {

	private final TreeMap<LocalDate, CalendarDay> overrides = new TreeMap<>();
	private final Map<Integer, YearStatus> years = new HashMap<>();
	private long revision = 1;
	int revisionReads;
	int loads;

	InMemoryCalendarSource holiday(LocalDate date, String name) {
		overrides.put(date, new CalendarDay(date, DayKind.HOLIDAY, name));
		revision++;
		return this;
	}

	InMemoryCalendarSource holidays(String name, String from, String to) {
		for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
			holiday(d, name);
		}
		return this;
	}

	InMemoryCalendarSource makeupWorkday(LocalDate date) {
		overrides.put(date, new CalendarDay(date, DayKind.MAKEUP_WORKDAY, null));
		revision++;
		return this;
	}

	InMemoryCalendarSource loaded(int year) {
		years.put(year, YearStatus.LOADED);
		revision++;
		return this;
	}

	Map<LocalDate, CalendarDay> overrides() {
		return overrides;
	}

	@Override
	public long revision() {
		revisionReads++;
		return revision;
	}

	@Override
	public Contents load() {
		loads++;
		return new Contents(new TreeMap<>(overrides), Map.copyOf(years));
	}
}
