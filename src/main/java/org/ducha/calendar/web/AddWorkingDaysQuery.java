package org.ducha.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** {@code ?from=YYYY-MM-DD&days=N} of {@code GET /api/v1/calendar/add-working-days}. */
record AddWorkingDaysQuery(
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull @Min(0) @Max(CalendarApiController.MAX_DAYS) Integer days) {
}
