package org.ducha.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row counting calendar edits. Every edit locks and advances it in its own transaction,
 * which also serializes concurrent edits; every node compares it with the revision its cache holds.
 */
@Entity
@Table(name = "cal_revision")
class CalendarRevision {

	static final int ID = 1;

	@Id
	private int id;

	@Column(nullable = false)
	private long revision;

	protected CalendarRevision() {
	}

	void advance() {
		revision++;
	}

	long revision() {
		return revision;
	}
}
