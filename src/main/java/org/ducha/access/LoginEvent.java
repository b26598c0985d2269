package org.ducha.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the login log: when, which user name, from which address, with what outcome. Never a password. */
@Entity
@Table(name = "access_login_event")
public class LoginEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoginOutcome outcome;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private LoginChannel channel;

	@Column(name = "remote_address")
	private String remoteAddress;

	protected LoginEvent() {
	}

	LoginEvent(Instant occurredAt, String username, LoginOutcome outcome, LoginChannel channel, String remoteAddress) {
		this.occurredAt = occurredAt;
		this.username = username;
		this.outcome = outcome;
		this.channel = channel;
		this.remoteAddress = remoteAddress;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getUsername() {
		return username;
	}

	public LoginOutcome getOutcome() {
		return outcome;
	}

	public LoginChannel getChannel() {
		return channel;
	}

	public String getRemoteAddress() {
		return remoteAddress;
	}
}
