package org.ducha.accountability;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A commendation (表彰) on a cadre's integrity file, entered by the office (SPEC §8.6). */
@Entity
@Table(name = "commendation")
public class Commendation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cadre_no", nullable = false, length = 40)
	private String cadreNo;

	@Column(nullable = false, length = 300)
	private String title;

	@Column(name = "issuing_body", nullable = false, length = 200)
	private String issuingBody;

	@Column(name = "awarded_on", nullable = false)
	private LocalDate awardedOn;

	@Column(name = "recorded_by", nullable = false, length = 100)
	private String recordedBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected Commendation() {
	}

	Commendation(String cadreNo, String title, String issuingBody, LocalDate awardedOn, String recordedBy, Instant at) {
		this.cadreNo = cadreNo;
		this.title = title;
		this.issuingBody = issuingBody;
		this.awardedOn = awardedOn;
		this.recordedBy = recordedBy;
		this.createdAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getTitle() {
		return title;
	}

	public String getIssuingBody() {
		return issuingBody;
	}

	public LocalDate getAwardedOn() {
		return awardedOn;
	}

	public String getRecordedBy() {
		return recordedBy;
	}
}
