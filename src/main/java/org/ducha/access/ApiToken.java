package org.ducha.access;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An API bearer token, kept only as the SHA-256 hash of its value, with its expiry; revocable. */
@Entity
@Table(name = "access_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	@Column(name = "user_id", nullable = false)
	private Long userId;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(String tokenHash, Long userId, Instant issuedAt, Instant expiresAt) {
		this.tokenHash = tokenHash;
		this.userId = userId;
		this.issuedAt = issuedAt;
		this.expiresAt = expiresAt;
	}

	boolean isValidAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

	Long getUserId() {
		return userId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}
}
