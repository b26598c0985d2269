package org.ducha.notification.web;

/** How many unread notices were marked read. */
record ReadAllResponse(int marked) {
}
