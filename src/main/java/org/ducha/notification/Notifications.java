package org.ducha.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications (SPEC §14). A notice is a {@link NotificationKind} and an app-relative link: there
 * is deliberately no free-text parameter, so no caller can put report content or a reporter's
 * identity into an inbox, an e-mail or an SMS. Notices are stored in the caller's transaction;
 * e-mail and SMS go out only after it commits.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

	/** An app-relative path with an optional plain query: no scheme, host, fragment, escapes or non-ASCII text. */
	static final Pattern LINK = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/-]*(\\?[A-Za-z0-9._~=&,-]*)?");
	static final int MAX_LINK = 300;
	static final Pattern DEDUPE_KEY = Pattern.compile("[A-Za-z0-9._:/-]{1,200}");
	static final int MAX_USERNAME = 100;

	private final NotificationRepository notifications;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Notifications(NotificationRepository notifications, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Puts a notice of {@code kind} linking to {@code link} into each user's inbox, and sends it by
	 * e-mail and SMS after the caller's transaction commits. A user who already has a notice with
	 * this {@code dedupeKey} gets nothing new, so a sweep may run any number of times.
	 *
	 * @param link an app-relative path such as {@code /reports/42} or {@code /assignments?light=RED}
	 * @param dedupeKey names the occasion, e.g. {@code report:42:due-soon:2026-10-12} (letters, digits, {@code . _ : / -})
	 * @return the number of users newly notified
	 */
	@Transactional
	public int notify(Collection<String> usernames, NotificationKind kind, String link, String dedupeKey) {
		Objects.requireNonNull(kind, "kind");
		checkLink(link);
		checkDedupeKey(dedupeKey);
		Set<String> recipients = new LinkedHashSet<>();
		for (String username : usernames) {
			recipients.add(checkRecipient(username));
		}
		Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
		List<Long> created = new ArrayList<>();
		for (String recipient : recipients) {
			if (notifications.insertIfAbsent(recipient, kind.name(), link, dedupeKey, now) == 1) {
				created.add(notifications.findByRecipientAndDedupeKey(recipient, dedupeKey).orElseThrow().getId());
			}
		}
		if (!created.isEmpty()) {
			audit.record("NOTIFICATION_CREATED", "Notification", dedupeKey,
					"kind=" + kind.name() + ", recipients=" + created.size());
			events.publishEvent(new NotificationsCreated(List.copyOf(created)));
		}
		return created.size();
	}

	/** {@link #notify(Collection, NotificationKind, String, String)} for one user. */
	@Transactional
	public int notify(String username, NotificationKind kind, String link, String dedupeKey) {
		return notify(List.of(checkRecipient(username)), kind, link, dedupeKey);
	}

	/** The user's own notices, all or only the unread ones, in the order {@code pageable} asks. */
	public Page<Notification> inbox(String username, boolean unreadOnly, Pageable pageable) {
		return unreadOnly ? notifications.findByRecipientAndReadAtIsNull(username, pageable)
				: notifications.findByRecipient(username, pageable);
	}

	public long unreadCount(String username) {
		return notifications.countByRecipientAndReadAtIsNull(username);
	}

	/** Marks one of the user's own notices read; another user's notice answers NOTIFICATION_NOT_FOUND. */
	@Transactional
	public Notification markRead(String username, long id) {
		Notification notification = notifications.findByIdAndRecipient(id, username)
			.orElseThrow(() -> DomainException.notFound("NOTIFICATION_NOT_FOUND", "notification " + id));
		if (notification.markRead(Instant.now(clock))) {
			audit.record("NOTIFICATION_READ", "Notification", String.valueOf(id), null);
		}
		return notification;
	}

	/** Marks every unread notice of the user read; returns how many were unread. */
	@Transactional
	public int markAllRead(String username) {
		int count = notifications.markAllRead(username, Instant.now(clock));
		if (count > 0) {
			audit.record("NOTIFICATION_READ_ALL", "Notification", null, "count=" + count);
		}
		return count;
	}

	static void checkLink(String link) {
		if (link == null || link.length() > MAX_LINK || !LINK.matcher(link).matches()) {
			throw DomainException.invalid("NOTIFICATION_LINK_INVALID", "link must be an app-relative path");
		}
	}

	private static void checkDedupeKey(String dedupeKey) {
		if (dedupeKey == null || !DEDUPE_KEY.matcher(dedupeKey).matches()) {
			throw DomainException.invalid("NOTIFICATION_DEDUPE_KEY_INVALID", "dedupe key must be 1-200 plain characters");
		}
	}

	private static String checkRecipient(String username) {
		if (username == null || username.isBlank() || username.length() > MAX_USERNAME) {
			throw DomainException.invalid("NOTIFICATION_RECIPIENT_INVALID", "recipient must be a username");
		}
		return username;
	}
}
