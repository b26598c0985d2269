package org.ducha.supervision;

import java.time.LocalDate;

/** The office rated a completed task (per unit ratings: {@link SupervisedTasks#ratingsBetween}). */
public record TaskRated(String taskId, CompletionRating rating, LocalDate ratedOn) {
}
