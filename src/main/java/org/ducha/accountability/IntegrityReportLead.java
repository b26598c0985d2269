package org.ducha.accountability;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A report concluded UNSUBSTANTIATED, kept from {@code ReportConcluded} so the office can clear the
 * named cadres' names or record a false accusation. Holds no content and no reporter identity.
 */
@Entity
@Table(name = "integrity_report_lead")
public class IntegrityReportLead {

	@Id
	@Column(name = "report_id", length = 40)
	private String reportId;

	@Column(name = "tracking_number", nullable = false, length = 20)
	private String trackingNumber;

	@Column(nullable = false)
	private boolean named;

	@Column(name = "cadre_nos", nullable = false, length = 1000)
	private String cadreNos;

	@Column(name = "concluded_on", nullable = false)
	private LocalDate concludedOn;

	protected IntegrityReportLead() {
	}

	IntegrityReportLead(String reportId, String trackingNumber, boolean named, List<String> cadreNos,
			LocalDate concludedOn) {
		this.reportId = reportId;
		this.trackingNumber = trackingNumber;
		this.named = named;
		this.cadreNos = String.join(",", cadreNos);
		this.concludedOn = concludedOn;
	}

	public String getReportId() {
		return reportId;
	}

	public String getTrackingNumber() {
		return trackingNumber;
	}

	public boolean isNamed() {
		return named;
	}

	public List<String> getCadreNos() {
		return cadreNos.isBlank() ? List.of() : Arrays.asList(cadreNos.split(","));
	}

	public LocalDate getConcludedOn() {
		return concludedOn;
	}
}
