package org.ducha.organization.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The form that records a seconded cadre's return. */
record ReturnForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate returnedOn) {
}
