package org.ducha.meeting;

import java.time.Instant;

/** A meeting was scheduled and announced to its attendees. */
public record MeetingScheduled(String meetingId, Instant startsAt) {
}
