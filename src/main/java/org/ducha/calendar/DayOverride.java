package org.ducha.calendar;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/** A date whose weekday rule is overridden: a holiday, or a weekend day worked (调休上班). */
@Entity
@Table(name = "cal_day")
class DayOverride {

	static final int NAME_MAX = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "day_date", nullable = false, unique = true)
	private LocalDate date;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private DayKind kind;

	@Column
	private String name;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected DayOverride() {
	}

	private DayOverride(LocalDate date) {
		this.date = date;
	}

	static DayOverride holiday(LocalDate date, String name, Instant at, String by) {
		DayOverride day = new DayOverride(date);
		day.markHoliday(name, at, by);
		return day;
	}

	static DayOverride makeupWorkday(LocalDate date, String name, Instant at, String by) {
		DayOverride day = new DayOverride(date);
		day.markMakeupWorkday(name, at, by);
		return day;
	}

	/** Any date may be a holiday; a holiday needs a name. */
	void markHoliday(String name, Instant at, String by) {
		String clean = clean(name);
		if (clean == null) {
			throw DomainException.validation("name", "a holiday needs a name");
		}
		change(DayKind.HOLIDAY, clean, at, by);
	}

	/** Only a Saturday or Sunday can be ordered to be worked; Monday–Friday already are working days. */
	void markMakeupWorkday(String name, Instant at, String by) {
		if (date.getDayOfWeek().getValue() < 6) {
			throw DomainException.invalid("MAKEUP_WORKDAY_NOT_WEEKEND", "a make-up working day must be a Saturday or Sunday",
					date.toString());
		}
		change(DayKind.MAKEUP_WORKDAY, clean(name), at, by);
	}

	private void change(DayKind kind, String name, Instant at, String by) {
		this.kind = kind;
		this.name = name;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	private static String clean(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		String trimmed = name.strip();
		if (trimmed.length() > NAME_MAX) {
			throw DomainException.validation("name", "at most " + NAME_MAX + " characters");
		}
		return trimmed;
	}

	LocalDate date() {
		return date;
	}

	DayKind kind() {
		return kind;
	}

	String name() {
		return name;
	}
}
