package org.ducha.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.ducha.calendar.CalendarDay;

/** One month as a grid of weeks, Monday to Sunday; a null cell pads the first and last week. */
record MonthView(YearMonth month, LocalDate firstDay, List<List<Cell>> weeks) {

	record Cell(CalendarDay day, boolean today, boolean selected) {

		public String css() {
			String kind = switch (day.kind()) {
				case WORKDAY -> "day-work";
				case WEEKEND -> "day-weekend";
				case HOLIDAY -> "day-off";
				case MAKEUP_WORKDAY -> "day-makeup";
			};
			return kind + (today ? " day-today" : "") + (selected ? " day-selected" : "");
		}
	}

	static List<MonthView> of(List<CalendarDay> yearDays, LocalDate today, LocalDate selected) {
		List<MonthView> months = new ArrayList<>(12);
		int index = 0;
		int year = yearDays.getFirst().date().getYear();
		for (int m = 1; m <= 12; m++) {
			YearMonth month = YearMonth.of(year, m);
			List<List<Cell>> weeks = new ArrayList<>();
			List<Cell> week = new ArrayList<>(7);
			for (int pad = 1; pad < month.atDay(1).getDayOfWeek().getValue(); pad++) {
				week.add(null);
			}
			for (int d = 1; d <= month.lengthOfMonth(); d++) {
				CalendarDay day = yearDays.get(index++);
				week.add(new Cell(day, day.date().equals(today), day.date().equals(selected)));
				if (week.size() == 7) {
					weeks.add(week);
					week = new ArrayList<>(7);
				}
			}
			if (!week.isEmpty()) {
				while (week.size() < 7) {
					week.add(null);
				}
				weeks.add(week);
			}
			months.add(new MonthView(month, month.atDay(1), weeks));
		}
		return months;
	}
}
