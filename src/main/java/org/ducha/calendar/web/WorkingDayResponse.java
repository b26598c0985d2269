package org.ducha.calendar.web;

import java.time.LocalDate;

record WorkingDayResponse(LocalDate date, boolean workingDay) {
}
