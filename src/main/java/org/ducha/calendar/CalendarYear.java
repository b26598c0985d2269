package org.ducha.calendar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/** A calendar year and whether an administrator has declared its holidays and make-up days complete. */
@Entity
@Table(name = "cal_year")
class CalendarYear {

	@Id
	@Column(name = "year_number")
	private int year;

	@Column(nullable = false)
	private boolean loaded;

	@Column(name = "loaded_at")
	private Instant loadedAt;

	@Column(name = "loaded_by")
	private String loadedBy;

	protected CalendarYear() {
	}

	CalendarYear(int year) {
		this.year = year;
	}

	void markLoaded(Instant at, String by) {
		if (loaded) {
			throw DomainException.illegalTransition(status(), "markLoaded");
		}
		loaded = true;
		loadedAt = at;
		loadedBy = by;
	}

	/** Withdraws the "complete" declaration, e.g. when it was given too early; the days entered stay. */
	void reopen() {
		if (!loaded) {
			throw DomainException.illegalTransition(status(), "reopen");
		}
		loaded = false;
		loadedAt = null;
		loadedBy = null;
	}

	int year() {
		return year;
	}

	YearStatus status() {
		return loaded ? YearStatus.LOADED : YearStatus.NOT_LOADED;
	}

	Instant loadedAt() {
		return loadedAt;
	}

	String loadedBy() {
		return loadedBy;
	}
}
