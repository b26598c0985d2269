package org.ducha.supervision;

import java.time.LocalDate;

/** A unit's completion rating of one task, as the unit ranking reads it. */
public record UnitTaskRating(String taskId, String unitCode, UnitRole role, CompletionRating rating, LocalDate ratedOn) {
}
