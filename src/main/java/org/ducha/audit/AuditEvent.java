package org.ducha.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One audited action: who did what to which object, linked to the previous event by its hash. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

	private static final char SEP = '\u001f';

	@Id
	private long seq;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	private String details;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private HashAlgorithm algorithm;

	@Column(name = "prev_hash", nullable = false)
	private String prevHash;

	@Column(nullable = false)
	private String hash;

	protected AuditEvent() {
	}

	AuditEvent(long seq, Instant occurredAt, String actor, String action, String objectType, String objectId,
			String details, HashAlgorithm algorithm, String prevHash) {
		this.seq = seq;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.objectType = objectType;
		this.objectId = objectId;
		this.details = details;
		this.algorithm = algorithm;
		this.prevHash = prevHash;
		this.hash = computeHash();
	}

	/** The hash this event should carry, recomputed from its stored fields. */
	String computeHash() {
		String canonical = String.valueOf(seq) + SEP + occurredAt + SEP + actor + SEP + action + SEP
				+ nullToEmpty(objectType) + SEP + nullToEmpty(objectId) + SEP + nullToEmpty(details) + SEP + prevHash;
		return algorithm.hex(canonical);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	public long getSeq() {
		return seq;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public String getActor() {
		return actor;
	}

	public String getAction() {
		return action;
	}

	public String getObjectType() {
		return objectType;
	}

	public String getObjectId() {
		return objectId;
	}

	public String getDetails() {
		return details;
	}

	public HashAlgorithm getAlgorithm() {
		return algorithm;
	}

	public String getPrevHash() {
		return prevHash;
	}

	public String getHash() {
		return hash;
	}
}
