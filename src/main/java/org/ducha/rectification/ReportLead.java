package org.ducha.rectification;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A report concluded as substantiated or partly substantiated that waits for the office to word a
 * problem (从举报转为问题). Holds only what {@code ReportConcluded} carries: no content, no reporter.
 */
@Entity
@Table(name = "problem_report_lead")
public class ReportLead {

	@Id
	@Column(name = "report_id", length = 40)
	private String reportId;

	@Column(name = "tracking_number", nullable = false, length = 20)
	private String trackingNumber;

	@Column(nullable = false, length = 30)
	private String finding;

	@Column(name = "unit_codes", nullable = false, length = 1000)
	private String unitCodes;

	@Column(name = "category_code", nullable = false, length = 40)
	private String categoryCode;

	@Column(name = "campaign_id")
	private Long campaignId;

	@Column(name = "concluded_on", nullable = false)
	private LocalDate concludedOn;

	@Column(name = "problem_id")
	private Long problemId;

	protected ReportLead() {
	}

	ReportLead(String reportId, String trackingNumber, String finding, List<String> unitCodes, String categoryCode,
			Long campaignId, LocalDate concludedOn) {
		this.reportId = reportId;
		this.trackingNumber = trackingNumber;
		this.finding = finding;
		this.unitCodes = String.join(",", unitCodes);
		this.categoryCode = categoryCode;
		this.campaignId = campaignId;
		this.concludedOn = concludedOn;
	}

	/** The first problem worded from this report; the lead leaves the waiting list. */
	void convertedInto(Long problemId) {
		if (this.problemId == null) {
			this.problemId = problemId;
		}
	}

	public boolean isWaiting() {
		return problemId == null;
	}

	public String getReportId() {
		return reportId;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public String getFinding() {
		return finding;
	}

	public List<String> getUnitCodes() {
		return unitCodes.isBlank() ? List.of() : Arrays.asList(unitCodes.split(","));
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public LocalDate getConcludedOn() {
		return concludedOn;
	}

	public Long getProblemId() {
		return problemId;
	}
}
