package org.ducha.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
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

import org.hibernate.annotations.BatchSize;

/** One progress report of a unit on its part of a task: the day, the percent done, the metric values. */
@Entity
@Table(name = "supervised_task_progress")
public class TaskProgress {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "task_id", nullable = false)
	private Long taskId;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(name = "assignment_id", nullable = false, length = 40)
	private String assignmentId;

	@Column(name = "reported_on", nullable = false)
	private LocalDate reportedOn;

	@Column(nullable = false)
	private int percent;

	@ElementCollection
	@CollectionTable(name = "supervised_task_progress_value", joinColumns = @JoinColumn(name = "progress_id"))
	@MapKeyColumn(name = "metric", length = 100)
	@Column(name = "metric_value", nullable = false, precision = 19, scale = 4)
	@BatchSize(size = 100)
	private Map<String, BigDecimal> metricValues = new HashMap<>();

	protected TaskProgress() {
	}

	TaskProgress(Long taskId, String unitCode, String assignmentId, LocalDate reportedOn, int percent,
			Map<String, BigDecimal> metricValues) {
		this.taskId = taskId;
		this.unitCode = unitCode;
		this.assignmentId = assignmentId;
		this.reportedOn = reportedOn;
		this.percent = Math.clamp(percent, 0, 100);
		this.metricValues.putAll(metricValues);
	}

	public Long getId() {
		return id;
	}

	public Long getTaskId() {
		return taskId;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getAssignmentId() {
		return assignmentId;
	}

	public LocalDate getReportedOn() {
		return reportedOn;
	}

	public int getPercent() {
		return percent;
	}

	public Map<String, BigDecimal> getMetricValues() {
		return Map.copyOf(metricValues);
	}
}
