package org.ducha.rectification;

import java.time.LocalDate;

/** A problem was closed out (销号) because its assignment was closed. */
public record ProblemClosed(String problemId, String unitCode, String categoryCode, LocalDate closedOn) {
}
