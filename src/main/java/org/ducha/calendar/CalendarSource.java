package org.ducha.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;

/** Where a node's calendar cache reads from: the shared database in the application, a fixed set in tests. */
interface CalendarSource {

	/** The current edit counter; cheap, read on every cache check. */
	long revision();

	/** Every stored override and every year's status; read only when the revision changed. */
	Contents load();

	record Contents(NavigableMap<LocalDate, CalendarDay> overrides, Map<Integer, YearStatus> years) {
	}
}
