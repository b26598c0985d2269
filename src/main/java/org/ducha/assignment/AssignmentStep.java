package org.ducha.assignment;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One step of an assignment's timeline: who did what, when. {@code action} is a code whose text is
 * the message {@code assignment.step.<action>}; {@code note} holds a reason, a text or a date.
 */
@Entity
@Table(name = "assignment_step")
public class AssignmentStep {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "occurred_on", nullable = false)
	private LocalDate occurredOn;

	@Column(nullable = false, length = 100)
	private String actor;

	@Column(nullable = false, length = 40)
	private String action;

	@Column(length = 4000)
	private String note;

	protected AssignmentStep() {
	}

	AssignmentStep(Act act, String action, String note) {
		this.occurredAt = act.at();
		this.occurredOn = act.today();
		this.actor = act.actor();
		this.action = action;
		this.note = note;
	}

	public Long getId() {
		return id;
	}

	public Instant getOccurredAt() {
		return occurredAt;
	}

	public LocalDate getOccurredOn() {
		return occurredOn;
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
