package org.ducha.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row naming the last event of the chain; locked while an event is appended. */
@Entity
@Table(name = "audit_chain_head")
class AuditChainHead {

	static final int ID = 1;

	@Id
	private int id;

	@Column(name = "last_seq", nullable = false)
	private long lastSeq;

	@Column(name = "last_hash", nullable = false)
	private String lastHash;

	protected AuditChainHead() {
	}

	long lastSeq() {
		return lastSeq;
	}

	String lastHash() {
		return lastHash;
	}

	void advance(AuditEvent event) {
		this.lastSeq = event.getSeq();
		this.lastHash = event.getHash();
	}
}
