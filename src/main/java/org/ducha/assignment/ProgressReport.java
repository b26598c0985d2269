package org.ducha.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** A progress report (进展报告): text, percent done and the values reached for the metric targets. */
@Entity
@Table(name = "assignment_progress")
public class ProgressReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "reported_on", nullable = false)
	private LocalDate reportedOn;

	@Column(name = "reported_by", nullable = false, length = 100)
	private String reportedBy;

	@Column(nullable = false, length = 4000)
	private String text;

	@Column(nullable = false)
	private int percent;

	@ElementCollection
	@CollectionTable(name = "assignment_progress_metric", joinColumns = @JoinColumn(name = "progress_id"))
	@MapKeyColumn(name = "metric", length = 100)
	@Column(name = "metric_value", nullable = false, precision = 19, scale = 4)
	private Map<String, BigDecimal> metricValues = new LinkedHashMap<>();

	protected ProgressReport() {
	}

	ProgressReport(Act act, String text, int percent, Map<String, BigDecimal> metricValues) {
		this.reportedOn = act.today();
		this.reportedBy = act.actor();
		this.text = text;
		this.percent = percent;
		this.metricValues.putAll(metricValues);
	}

	public Long getId() {
		return id;
	}

	public LocalDate getReportedOn() {
		return reportedOn;
	}

	public String getReportedBy() {
		return reportedBy;
	}

	public String getText() {
		return text;
	}

	public int getPercent() {
		return percent;
	}

	Map<String, BigDecimal> metricValuesForLoading() {
		return metricValues;
	}

	public Map<String, BigDecimal> getMetricValues() {
		return Map.copyOf(metricValues);
	}
}
