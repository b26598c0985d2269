package org.ducha.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/** {@code ?date=YYYY-MM-DD} of {@code GET /api/v1/calendar/working-day}. */
record WorkingDayQuery(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
}
