package org.ducha.intake;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of a report's timeline: who did what, when. {@code action} is a code whose text is the
 * message {@code intake.step.<action>}; {@code note} holds a reason or a date, never the reporter's identity.
 */
@Entity
@Table(name = "report_step")
public class ReportStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(nullable = false, length = 40)
	private String action;

	@Column(length = 4000)
	private String note;

	protected ReportStep() {
	}

	ReportStep(Instant occurredAt, String actor, String action, String note) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.note = note;
	}

	public Long getId() {
		return id;
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

	public String getNote() {
		return note;
	}
}
