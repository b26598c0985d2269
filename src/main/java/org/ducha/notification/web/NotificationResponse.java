package org.ducha.notification.web;

import java.time.OffsetDateTime;

import org.ducha.notification.NotificationKind;

/** A notice as the API shows it: nothing but its kind, the kind's text, the link, the time and the read state. */
record NotificationResponse(String id, NotificationKind kind, String text, String link, OffsetDateTime createdAt,
		boolean read) {
}
