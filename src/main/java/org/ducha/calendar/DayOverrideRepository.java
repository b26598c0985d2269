package org.ducha.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DayOverrideRepository extends JpaRepository<DayOverride, Long> {

	Optional<DayOverride> findByDate(LocalDate date);

	/** As values, so a cache refresh inside a caller's transaction adds no managed entities to it. */
	@Query("select new org.ducha.calendar.CalendarDay(o.date, o.kind, o.name) from DayOverride o")
	List<CalendarDay> allAsDays();
}
