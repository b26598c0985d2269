package org.ducha.dashboard;

/**
 * Supervised tasks of a period within the caller's scope: issued (created), completed, and overdue
 * (final deadline in the period and passed, not completed by it).
 */
public record TaskCounts(long created, long completed, long overdue) {
}
