package org.ducha.meeting;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The problem {@link RepeatedAbsenceRule} created for a cadre in a calendar year. */
@Entity
@Table(name = "meeting_absence_problem")
@IdClass(AbsenceProblem.Key.class)
class AbsenceProblem {

	record Key(String cadreNo, int year) implements Serializable {
	}

	@Id
	@Column(name = "cadre_no", length = 40)
	private String cadreNo;

	@Id
	@Column(name = "absence_year")
	private int year;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(name = "problem_id", nullable = false, length = 40)
	private String problemId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AbsenceProblem() {
	}

	AbsenceProblem(String cadreNo, int year, String unitCode, String problemId, Instant createdAt) {
		this.cadreNo = cadreNo;
		this.year = year;
		this.unitCode = unitCode;
		this.problemId = problemId;
		this.createdAt = createdAt;
	}

	String getCadreNo() {
		return cadreNo;
	}

	int getYear() {
		return year;
	}

	String getUnitCode() {
		return unitCode;
	}

	String getProblemId() {
		return problemId;
	}
}
