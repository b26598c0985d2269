package org.ducha.calendar.web;

import java.time.LocalDate;

record DateResponse(LocalDate date) {
}
