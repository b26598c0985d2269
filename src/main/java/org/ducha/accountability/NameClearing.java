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

import org.ducha.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A name clearing (澄清正名, SPEC §8.5) of a cadre named in a report concluded UNSUBSTANTIATED:
 * proposed by an officer with the method and its scope, approved (or refused) by the office director.
 */
@Entity
@Table(name = "name_clearing")
public class NameClearing extends AbstractAggregateRoot<NameClearing> {

	/** An approved name clearing, for the cadre's file and notifications. */
	public record NameCleared(Long id, String cadreNo, NameClearingMethod method, LocalDate approvedOn) {
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false, length = 40)
	private String reportId;

	@Column(name = "tracking_number", nullable = false, length = 20)
	private String trackingNumber;

	@Column(name = "cadre_no", nullable = false, length = 40)
	private String cadreNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private NameClearingMethod method;

	@Column(nullable = false, length = 1000)
	private String scope;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private NameClearingStatus status;

	@Column(name = "proposed_by", nullable = false, length = 100)
	private String proposedBy;

	@Column(name = "proposed_on", nullable = false)
	private LocalDate proposedOn;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	@Column(name = "refusal_reason", length = 1000)
	private String refusalReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private Long version;

	protected NameClearing() {
	}

	NameClearing(String reportId, String trackingNumber, String cadreNo, NameClearingMethod method, String scope,
			String proposedBy, LocalDate proposedOn, Instant at) {
		this.reportId = reportId;
		this.trackingNumber = trackingNumber;
		this.cadreNo = cadreNo;
		this.method = method;
		this.scope = scope;
		this.status = NameClearingStatus.PROPOSED;
		this.proposedBy = proposedBy;
		this.proposedOn = proposedOn;
		this.createdAt = at;
	}

	void approve(String director, LocalDate today) {
		if (status != NameClearingStatus.PROPOSED) {
			throw DomainException.illegalTransition(status, "approve");
		}
		status = NameClearingStatus.APPROVED;
		decidedBy = director;
		decidedOn = today;
		registerEvent(new NameCleared(id, cadreNo, method, today));
	}

	void refuse(String director, LocalDate today, String reason) {
		if (status != NameClearingStatus.PROPOSED) {
			throw DomainException.illegalTransition(status, "refuse");
		}
		status = NameClearingStatus.REFUSED;
		decidedBy = director;
		decidedOn = today;
		refusalReason = reason;
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

	public String getCadreNo() {
		return cadreNo;
	}

	public NameClearingMethod getMethod() {
		return method;
	}

	public String getScope() {
		return scope;
	}

	public NameClearingStatus getStatus() {
		return status;
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
}
