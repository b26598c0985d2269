package org.ducha.supervision;

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
 * The lead unit or a co-unit of a task: the assignment that carries its part, its latest percent
 * done, the day its assignment was closed and the office's rating of its completion.
 */
@Entity
@Table(name = "supervised_task_unit")
public class TaskUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_role", nullable = false, length = 10)
	private UnitRole role;

	@Column(name = "assignment_id", length = 40)
	private String assignmentId;

	@Column(nullable = false)
	private int percent;

	@Column(name = "last_reported_on")
	private LocalDate lastReportedOn;

	@Column(name = "closed_on")
	private LocalDate closedOn;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private CompletionRating rating;

	@Column(name = "rated_on")
	private LocalDate ratedOn;

	protected TaskUnit() {
	}

	TaskUnit(int position, String unitCode, UnitRole role) {
		this.position = position;
		this.unitCode = unitCode;
		this.role = role;
	}

	void issuedAs(String assignmentId) {
		this.assignmentId = assignmentId;
	}

	void reported(int percent, LocalDate on) {
		this.percent = Math.clamp(percent, 0, 100);
		if (lastReportedOn == null || !on.isBefore(lastReportedOn)) {
			this.lastReportedOn = on;
		}
	}

	void closed(LocalDate on) {
		this.closedOn = on;
		this.percent = 100;
	}

	void rate(CompletionRating rating, LocalDate on) {
		this.rating = rating;
		this.ratedOn = on;
	}

	public boolean isClosed() {
		return closedOn != null;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public UnitRole getRole() {
		return role;
	}

	public String getAssignmentId() {
		return assignmentId;
	}

	public int getPercent() {
		return percent;
	}

	public LocalDate getLastReportedOn() {
		return lastReportedOn;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public CompletionRating getRating() {
		return rating;
	}

	public LocalDate getRatedOn() {
		return ratedOn;
	}
}
