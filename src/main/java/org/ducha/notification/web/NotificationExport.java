package org.ducha.notification.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.notification.Notification;
import org.ducha.notification.Notifications;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * The caller's own inbox (optionally unread only) as .xlsx, newest first, read page by page: the
 * notices carry no content and no identity (SPEC §1), so neither does the file.
 */
@Component
class NotificationExport {

	static final int PAGE = 500;

	private final Notifications notifications;
	private final XlsxExports xlsx;
	private final MessageSource messages;
	private final Clock clock;

	NotificationExport(Notifications notifications, XlsxExports xlsx, MessageSource messages, Clock clock) {
		this.notifications = notifications;
		this.xlsx = xlsx;
		this.messages = messages;
		this.clock = clock;
	}

	void respond(String username, boolean unread, HttpServletResponse response) throws IOException {
		List<XlsxColumn<Notification>> columns = List.of(
				XlsxColumn.of("notification.col.createdAt", n -> n.getCreatedAt().atZone(clock.getZone()).toOffsetDateTime()),
				XlsxColumn.of("notification.col.kind",
						n -> messages.getMessage(n.getKind().messageKey(), null, LocaleContextHolder.getLocale())),
				XlsxColumn.of("notification.col.link", Notification::getLink),
				XlsxColumn.of("notification.col.read", n -> messages.getMessage(
						n.isRead() ? "notification.inbox.readState" : "notification.inbox.unreadState", null,
						LocaleContextHolder.getLocale())));
		xlsx.respond(response, "notifications", columns, sink -> pages(username, unread, sink));
	}

	private void pages(String username, boolean unread, Consumer<Notification> sink) {
		Page<Notification> page = notifications.inbox(username, unread, PageRequest.of(0, PAGE, InboxController.NEWEST_FIRST));
		page.forEach(sink);
		while (page.hasNext()) {
			page = notifications.inbox(username, unread, page.nextPageable());
			page.forEach(sink);
		}
	}
}
