package org.ducha.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last tracking number given in one year; locked while the next is taken. */
@Entity
@Table(name = "report_counter")
class ReportCounter {

	@Id
	@Column(name = "counter_year")
	private Integer year;

	@Column(name = "last_number", nullable = false)
	private long lastNumber;

	protected ReportCounter() {
	}

	long next() {
		return ++lastNumber;
	}
}
