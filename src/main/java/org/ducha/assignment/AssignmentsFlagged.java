package org.ducha.assignment;

import java.time.LocalDate;

/**
 * One run of the daily sweep flagged {@code count} assignments for accountability, all for {@code reason} on
 * {@code flaggedOn}. Published once per run that flagged anything, never once per flag: the first run over a
 * long-running system flags tens of thousands of items at once, and one event (with one asynchronous listener
 * transaction) per flag would exhaust the connection pool. Listeners read the flags in pages with
 * {@link Assignments#flagsOn(LocalDate, FlagReason, String, int)}; a flag set by hand (returned twice,
 * recurrence) is published on its own as {@link AssignmentFlagged}.
 *
 * @param flaggedOn the district date of the run
 * @param reason why the items were flagged
 * @param count how many items the run flagged
 */
public record AssignmentsFlagged(LocalDate flaggedOn, FlagReason reason, int count) {
}
