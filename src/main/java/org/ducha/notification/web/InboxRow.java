package org.ducha.notification.web;

import java.time.LocalDateTime;

/** One line of the inbox page: the kind's message key, the time in the district's zone, the read state. */
record InboxRow(long id, String messageKey, LocalDateTime createdAt, boolean read) {
}
