package org.ducha.assignment;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An extension request (延期申请): the due date it was asked against, the new date, the reason, the decision. */
@Entity
@Table(name = "assignment_extension")
public class ExtensionRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "requested_on", nullable = false)
	private LocalDate requestedOn;

	@Column(name = "requested_by", nullable = false, length = 100)
	private String requestedBy;

	@Column(name = "previous_due_on", nullable = false)
	private LocalDate previousDueOn;

	@Column(name = "new_due_on", nullable = false)
	private LocalDate newDueOn;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ExtensionStatus status;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	protected ExtensionRequest() {
	}

	ExtensionRequest(Act act, LocalDate previousDueOn, LocalDate newDueOn, String reason) {
		this.requestedOn = act.today();
		this.requestedBy = act.actor();
		this.previousDueOn = previousDueOn;
		this.newDueOn = newDueOn;
		this.reason = reason;
		this.status = ExtensionStatus.PENDING;
	}

	void decide(Act act, boolean approved) {
		this.status = approved ? ExtensionStatus.APPROVED : ExtensionStatus.REFUSED;
		this.decidedOn = act.today();
		this.decidedBy = act.actor();
	}

	public Long getId() {
		return id;
	}

	public LocalDate getRequestedOn() {
		return requestedOn;
	}

	public String getRequestedBy() {
		return requestedBy;
	}

	public LocalDate getPreviousDueOn() {
		return previousDueOn;
	}

	public LocalDate getNewDueOn() {
		return newDueOn;
	}

	public String getReason() {
		return reason;
	}

	public ExtensionStatus getStatus() {
		return status;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public boolean isPending() {
		return status == ExtensionStatus.PENDING;
	}
}
