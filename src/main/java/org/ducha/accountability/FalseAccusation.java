package org.ducha.accountability;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A false accusation (诬告陷害, SPEC §8.5): a named report concluded UNSUBSTANTIATED that the officer
 * states was knowingly fabricated, with the facts and evidence (attachments owned by this record).
 * The accuser is the reporter: his cadre number is kept for the case opened against him and shown
 * only to the officer who recorded it. A non-cadre is referred (to the police or his party
 * organization) with the date and the recipient.
 */
@Entity
@Table(name = "false_accusation")
public class FalseAccusation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, length = 40)
	private String reportId;

	@Column(name = "tracking_number", nullable = false, length = 20)
	private String trackingNumber;

	@Column(name = "knowingly_fabricated", nullable = false)
	private boolean knowinglyFabricated;

	@Column(nullable = false, length = 4000)
	private String facts;

	@Enumerated(EnumType.STRING)
	@Column(name = "accuser_kind", nullable = false, length = 20)
	private FalseAccuserKind accuserKind;

	@Column(name = "accuser_cadre_no", length = 40)
	private String accuserCadreNo;

	@Column(name = "case_id", length = 64)
	private String caseId;

	@Column(name = "referred_on")
	private LocalDate referredOn;

	@Column(name = "referred_to", length = 200)
	private String referredTo;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "recorded_on", nullable = false)
	private LocalDate recordedOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private Long version;

	protected FalseAccusation() {
	}

	FalseAccusation(String reportId, String trackingNumber, String facts, FalseAccuserKind accuserKind,
			String accuserCadreNo, LocalDate referredOn, String referredTo, String recordedBy, LocalDate recordedOn,
			Instant at) {
		this.reportId = reportId;
		this.trackingNumber = trackingNumber;
		this.knowinglyFabricated = true;
		this.facts = facts;
		this.accuserKind = accuserKind;
		this.accuserCadreNo = accuserCadreNo;
		this.referredOn = referredOn;
		this.referredTo = referredTo;
		this.recordedBy = recordedBy;
		this.recordedOn = recordedOn;
		this.createdAt = at;
	}

	void caseOpened(String caseId) {
		this.caseId = caseId;
	}

	public Long getId() {
		return id;
	}

	public String getReportId() {
		return reportId;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public boolean isKnowinglyFabricated() {
		return knowinglyFabricated;
	}

	public String getFacts() {
		return facts;
	}

	public FalseAccuserKind getAccuserKind() {
		return accuserKind;
	}

	/** The accuser's cadre number: for the recording officer only (the reporter's identity). */
	String getAccuserCadreNo() {
		return accuserCadreNo;
	}

	public String getCaseId() {
		return caseId;
	}

	public LocalDate getReferredOn() {
		return referredOn;
	}

	public String getReferredTo() {
		return referredTo;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public LocalDate getRecordedOn() {
		return recordedOn;
	}
}
