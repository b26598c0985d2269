package org.ducha.meeting;

import java.time.Instant;

/** Check-in of a meeting was closed: every attendee has an attendance status. */
public record MeetingHeld(String meetingId, Instant startsAt) {
}
