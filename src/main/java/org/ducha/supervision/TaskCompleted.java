package org.ducha.supervision;

import java.time.LocalDate;

/** Every unit's part of a supervised task is closed; the office may rate it now. */
public record TaskCompleted(String taskId, LocalDate completedOn) {
}
