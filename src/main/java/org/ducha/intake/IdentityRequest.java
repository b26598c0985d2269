package org.ducha.intake;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/**
 * A request to see a reporter's identity (SPEC §1): filed with a reason, approved or refused by a
 * SECURITY_ADMIN; an approval shows the identity to the requester alone for 24 hours.
 */
@Entity
@Table(name = "identity_request")
public class IdentityRequest {

	static final Duration VALIDITY = Duration.ofHours(24);

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false)
	private Long reportId;

	@Column(nullable = false, length = 100)
	private String requester;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private IdentityRequestStatus status;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	protected IdentityRequest() {
	}

	IdentityRequest(Long reportId, String requester, String reason, Instant requestedAt) {
		this.reportId = reportId;
		this.requester = requester;
		this.reason = reason;
		this.status = IdentityRequestStatus.PENDING;
		this.requestedAt = requestedAt;
	}

	void approve(String by, Instant at) {
		requirePending("approve");
		status = IdentityRequestStatus.APPROVED;
		decidedBy = by;
		decidedAt = at;
		expiresAt = at.plus(VALIDITY);
	}

	void refuse(String by, Instant at) {
		requirePending("refuse");
		status = IdentityRequestStatus.REFUSED;
		decidedBy = by;
		decidedAt = at;
	}

	/** Approved, for this user, and not yet expired. */
	public boolean grants(String username, Instant now) {
		return status == IdentityRequestStatus.APPROVED && requester.equals(username) && now.isBefore(expiresAt);
	}

	private void requirePending(String action) {
		if (status != IdentityRequestStatus.PENDING) {
			throw DomainException.illegalTransition(status, action);
		}
	}

	public Long getId() {
		return id;
	}

	public Long getReportId() {
		return reportId;
	}

	public String getRequester() {
		return requester;
	}

	public String getReason() {
		return reason;
	}

	public IdentityRequestStatus getStatus() {
		return status;
	}

	public Instant getRequestedAt() {
		return requestedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}
}
