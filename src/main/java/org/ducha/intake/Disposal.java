package org.ducha.intake;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A disposal proposal of a report (问题线索处置): proposed by an officer with the handler chosen,
 * approved or refused by the office director. Changed only through its {@link Report}.
 */
@Entity
@Table(name = "report_disposal")
public class Disposal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int round;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DisposalMethod method;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private DisposalStatus status;

	@Column(name = "handler_username", nullable = false, length = 100)
	private String handlerUsername;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "review_on")
	private LocalDate reviewOn;

	@Column(name = "proposed_by", nullable = false, length = 100)
	private String proposedBy;

	@Column(name = "proposed_on", nullable = false)
	private LocalDate proposedOn;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "refusal_reason", length = 2000)
	private String refusalReason;

	@Column(name = "due_on")
	private LocalDate dueOn;

	@Column(name = "letter_sent_on")
	private LocalDate letterSentOn;

	@Column(name = "letter_received_on")
	private LocalDate letterReceivedOn;

	@Column(name = "reply_received_on")
	private LocalDate replyReceivedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "extension_status", length = 20)
	private ExtensionStatus extensionStatus;

	@Column(name = "extension_reason", length = 2000)
	private String extensionReason;

	protected Disposal() {
	}

	Disposal(int round, DisposalMethod method, String handlerUsername, String reason, LocalDate reviewOn, Act act) {
		this.round = round;
		this.method = method;
		this.status = DisposalStatus.PROPOSED;
		this.handlerUsername = handlerUsername;
		this.reason = reason;
		this.reviewOn = reviewOn;
		this.proposedBy = act.actor();
		this.proposedOn = act.today();
	}

	void approve(Act act, LocalDate dueOn) {
		this.status = DisposalStatus.APPROVED;
		this.decidedBy = act.actor();
		this.decidedOn = act.today();
		this.dueOn = dueOn;
	}

	void refuse(Act act, String reason) {
		this.status = DisposalStatus.REFUSED;
		this.decidedBy = act.actor();
		this.decidedOn = act.today();
		this.refusalReason = reason;
	}

	void recordLetterSent(LocalDate sentOn) {
		this.letterSentOn = sentOn;
	}

	void recordLetterReceived(LocalDate receivedOn, LocalDate replyDue) {
		this.letterReceivedOn = receivedOn;
		this.dueOn = replyDue;
	}

	void recordReply(LocalDate receivedOn) {
		this.replyReceivedOn = receivedOn;
	}

	void requestExtension(String reason) {
		this.extensionStatus = ExtensionStatus.REQUESTED;
		this.extensionReason = reason;
	}

	void approveExtension(LocalDate newDue) {
		this.extensionStatus = ExtensionStatus.APPROVED;
		this.dueOn = newDue;
	}

	void refuseExtension() {
		this.extensionStatus = ExtensionStatus.REFUSED;
	}

	void supersede() {
		this.status = DisposalStatus.SUPERSEDED;
	}

	boolean isCurrent() {
		return status == DisposalStatus.PROPOSED || status == DisposalStatus.APPROVED;
	}

	/** The clock of an approved disposal: the reply, verification or review date; none for CLOSE or an unsent letter. */
	public LocalDate runningDue() {
		if (status != DisposalStatus.APPROVED) {
			return null;
		}
		if (method == DisposalMethod.INQUIRY && replyReceivedOn != null) {
			return null;
		}
		return dueOn;
	}

	public Long getId() {
		return id;
	}

	public int getRound() {
		return round;
	}

	public DisposalMethod getMethod() {
		return method;
	}

	public DisposalStatus getStatus() {
		return status;
	}

	public String getHandlerUsername() {
		return handlerUsername;
	}

	public String getReason() {
		return reason;
	}

	public LocalDate getReviewOn() {
		return reviewOn;
	}

	public String getProposedBy() {
		return proposedBy;
	}

	public LocalDate getProposedOn() {
		return proposedOn;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public LocalDate getDecidedOn() {
		return decidedOn;
	}

	public String getRefusalReason() {
		return refusalReason;
	}

	public LocalDate getDueOn() {
		return dueOn;
	}

	public LocalDate getLetterSentOn() {
		return letterSentOn;
	}

	public LocalDate getLetterReceivedOn() {
		return letterReceivedOn;
	}

	public LocalDate getReplyReceivedOn() {
		return replyReceivedOn;
	}

	public ExtensionStatus getExtensionStatus() {
		return extensionStatus;
	}

	public String getExtensionReason() {
		return extensionReason;
	}
}
