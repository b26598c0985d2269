package org.ducha.calendar;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Integer> {

	@Query("select y.year, y.loaded from CalendarYear y")
	List<Object[]> allStatuses();
}
