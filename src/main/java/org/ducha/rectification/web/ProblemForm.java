package org.ducha.rectification.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.rectification.NewProblem;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.Severity;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The create-problem form. Prefilled from a concluded report ({@code reportId}), an inspection
 * finding ({@code findingId}) or blank; the origin travels as a hidden field.
 */
public class ProblemForm {

	private String unitCode;
	private String categoryCode;
	private Severity severity = Severity.GENERAL;
	private ProblemSource source;
	private String description;
	private String measures;
	private List<String> responsibleCadreNos = new ArrayList<>();
	private String reportId;
	private String findingId;
	private Integer dueInWorkingDays = 20;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate issuedOn;
	private Long campaignId;

	NewProblem toNewProblem() {
		return new NewProblem(unitCode, categoryCode, severity, source, description, measures, responsibleCadreNos,
				reportId == null || reportId.isBlank() ? null : reportId, dueInWorkingDays, issuedOn, campaignId);
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getCategoryCode() {
		return categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public Severity getSeverity() {
		return severity;
	}

	public void setSeverity(Severity severity) {
		this.severity = severity;
	}

	public ProblemSource getSource() {
		return source;
	}

	public void setSource(ProblemSource source) {
		this.source = source;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getMeasures() {
		return measures;
	}

	public void setMeasures(String measures) {
		this.measures = measures;
	}

	public List<String> getResponsibleCadreNos() {
		return responsibleCadreNos;
	}

	public void setResponsibleCadreNos(List<String> responsibleCadreNos) {
		this.responsibleCadreNos = responsibleCadreNos == null ? new ArrayList<>() : responsibleCadreNos;
	}

	public String getReportId() {
		return reportId;
	}

	public void setReportId(String reportId) {
		this.reportId = reportId;
	}

	public String getFindingId() {
		return findingId;
	}

	public void setFindingId(String findingId) {
		this.findingId = findingId;
	}

	public Integer getDueInWorkingDays() {
		return dueInWorkingDays;
	}

	public void setDueInWorkingDays(Integer dueInWorkingDays) {
		this.dueInWorkingDays = dueInWorkingDays;
	}

	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	public void setIssuedOn(LocalDate issuedOn) {
		this.issuedOn = issuedOn;
	}

	public Long getCampaignId() {
		return campaignId;
	}

	public void setCampaignId(Long campaignId) {
		this.campaignId = campaignId;
	}
}
