package org.ducha.meeting;

/** A scheduled meeting was called off. */
public record MeetingCancelled(String meetingId) {
}
