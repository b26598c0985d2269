package org.ducha.supervision;

/** A milestone as given when a task is created: its name and working-day distance before the final deadline. */
public record NewMilestone(String name, Integer workingDaysBefore) {
}
