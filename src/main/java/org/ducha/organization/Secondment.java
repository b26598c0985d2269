package org.ducha.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.ducha.shared.DomainException;

/**
 * A secondment (借调) of a cadre from the home unit to another unit for a purpose, from a start date to a
 * planned end. Approved extensions move the planned end; the cadre's return closes it. Past its planned end
 * without return or approved extension it is overdue (借调不退, 人浮于事).
 */
@Entity
@Table(name = "org_secondment")
public class Secondment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cadre_no", nullable = false)
	private String cadreNo;

	@Column(name = "from_unit_code", nullable = false)
	private String fromUnitCode;

	@Column(name = "to_unit_code", nullable = false)
	private String toUnitCode;

	@Column(nullable = false)
	private String purpose;

	@Column(name = "start_date", nullable = false)
	private LocalDate startDate;

	@Column(name = "planned_end", nullable = false)
	private LocalDate plannedEnd;

	@Column(name = "current_end", nullable = false)
	private LocalDate currentEnd;

	@Column(name = "returned_on")
	private LocalDate returnedOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SecondmentStatus status = SecondmentStatus.ON_SECONDMENT;

	@Column(name = "recorded_by", nullable = false)
	private String recordedBy;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "secondment_id", nullable = false)
	@OrderBy("newEnd asc")
	private List<SecondmentExtension> extensions = new ArrayList<>();

	protected Secondment() {
	}

	Secondment(String cadreNo, String fromUnitCode, String toUnitCode, String purpose, LocalDate startDate,
			LocalDate plannedEnd, String recordedBy, Instant recordedAt) {
		this.cadreNo = cadreNo;
		this.fromUnitCode = fromUnitCode;
		this.toUnitCode = toUnitCode;
		this.purpose = purpose;
		this.startDate = startDate;
		this.plannedEnd = plannedEnd;
		this.currentEnd = plannedEnd;
		this.recordedBy = recordedBy;
		this.recordedAt = recordedAt;
	}

	/** Moves the planned end to a later date, as approved on {@code approvedOn}. */
	void extend(LocalDate newEnd, String reason, LocalDate approvedOn, String by, Instant at) {
		if (status != SecondmentStatus.ON_SECONDMENT) {
			throw DomainException.illegalTransition(status, "extend");
		}
		if (!newEnd.isAfter(currentEnd)) {
			throw new IllegalArgumentException("an extension must move the planned end later than " + currentEnd);
		}
		extensions.add(new SecondmentExtension(currentEnd, newEnd, reason, approvedOn, by, at));
		currentEnd = newEnd;
	}

	/** The cadre is back in the home unit since {@code on}. */
	void markReturned(LocalDate on) {
		if (status != SecondmentStatus.ON_SECONDMENT) {
			throw DomainException.illegalTransition(status, "return");
		}
		this.returnedOn = on;
		this.status = SecondmentStatus.RETURNED;
	}

	/**
	 * Days past the planned end in force on {@code today} while the cadre has not returned; 0 when not overdue.
	 * The planned end itself is the last day in time: the day after it is one day over.
	 */
	public long daysOverdue(LocalDate today) {
		if (status != SecondmentStatus.ON_SECONDMENT || !today.isAfter(currentEnd)) {
			return 0;
		}
		return ChronoUnit.DAYS.between(currentEnd, today);
	}

	public boolean isOverdue(LocalDate today) {
		return daysOverdue(today) > 0;
	}

	/** Days the cadre came back after the planned end in force, or 0. */
	public long daysReturnedLate() {
		if (returnedOn == null || !returnedOn.isAfter(currentEnd)) {
			return 0;
		}
		return ChronoUnit.DAYS.between(currentEnd, returnedOn);
	}

	public Long getId() {
		return id;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getFromUnitCode() {
		return fromUnitCode;
	}

	public String getToUnitCode() {
		return toUnitCode;
	}

	public String getPurpose() {
		return purpose;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	/** The planned end as first recorded. */
	public LocalDate getPlannedEnd() {
		return plannedEnd;
	}

	/** The planned end in force: the last approved extension's, or the original one. */
	public LocalDate getCurrentEnd() {
		return currentEnd;
	}

	public LocalDate getReturnedOn() {
		return returnedOn;
	}

	public SecondmentStatus getStatus() {
		return status;
	}

	public String getRecordedBy() {
		return recordedBy;
	}

	public Instant getRecordedAt() {
		return recordedAt;
	}

	public List<SecondmentExtension> getExtensions() {
		return Collections.unmodifiableList(extensions);
	}
}
