package org.ducha.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Component
class DatabaseCalendarSource implements CalendarSource {

	private final DayOverrideRepository days;
	private final CalendarYearRepository years;
	private final CalendarRevisionRepository revisions;
	private final TransactionTemplate readOnly;

	DatabaseCalendarSource(DayOverrideRepository days, CalendarYearRepository years, CalendarRevisionRepository revisions,
			PlatformTransactionManager transactions) {
		this.days = days;
		this.years = years;
		this.revisions = revisions;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public long revision() {
		return revisions.currentRevision().orElseThrow(() -> new IllegalStateException("cal_revision row missing"));
	}

	@Override
	public Contents load() {
		return readOnly.execute(status -> {
			TreeMap<LocalDate, CalendarDay> overrides = new TreeMap<>();
			for (CalendarDay day : days.allAsDays()) {
				overrides.put(day.date(), day);
			}
			Map<Integer, YearStatus> statuses = years.allStatuses().stream()
				.collect(Collectors.toUnmodifiableMap(row -> (Integer) row[0],
						row -> Boolean.TRUE.equals(row[1]) ? YearStatus.LOADED : YearStatus.NOT_LOADED));
			return new Contents(overrides, statuses);
		});
	}
}
