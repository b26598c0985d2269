package org.ducha.notification;

import java.util.List;

/** Notices were stored, by their ids; published in the storing transaction, delivered after it commits. */
public record NotificationsCreated(List<Long> ids) {
}
