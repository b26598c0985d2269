package org.ducha.dashboard;

import java.time.YearMonth;

/**
 * One month of {@link Statistics#monthly}: reports received, problems found and closed out, cases
 * decided (revoked decisions left out) and supervised tasks issued in that month, within the
 * caller's scope. {@code reportsReceived} is null for a caller who may not see report figures (a
 * unit principal).
 */
public record MonthFigures(YearMonth month, Long reportsReceived, long problemsFound, long problemsClosed,
		long casesDecided, long tasksCreated) {
}
