package org.ducha.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One notice in one user's inbox: a {@link NotificationKind} and an app-relative link, nothing
 * else. It is unread until its recipient marks it read.
 */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String recipient;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NotificationKind kind;

	@Column(nullable = false)
	private String link;

	@Column(name = "dedupe_key", nullable = false)
	private String dedupeKey;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	protected Notification() {
	}

	Notification(String recipient, NotificationKind kind, String link, String dedupeKey, Instant createdAt) {
		this.recipient = recipient;
		this.kind = kind;
		this.link = link;
		this.dedupeKey = dedupeKey;
		this.createdAt = createdAt;
	}

	/** Marks the notice read; reading it again keeps the first time. Returns whether it was unread. */
	boolean markRead(Instant at) {
		if (readAt != null) {
			return false;
		}
		readAt = at;
		return true;
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public NotificationKind getKind() {
		return kind;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public boolean isRead() {
		return readAt != null;
	}
}
