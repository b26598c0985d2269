package org.ducha.meeting;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A required attendee of a meeting: the cadre with the unit, name and position as they were when
 * the meeting was scheduled, the office's check-in mark, and the status once check-in is closed.
 */
@Entity
@Table(name = "meeting_attendee")
public class Attendee {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(name = "cadre_no", nullable = false, length = 40)
	private String cadreNo;

	@Column(name = "cadre_name", nullable = false, length = 100)
	private String cadreName;

	@Column(name = "cadre_position", length = 200)
	private String cadrePosition;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(name = "unit_name", nullable = false, length = 200)
	private String unitName;

	@Enumerated(EnumType.STRING)
	@Column(length = 20)
	private CheckInMark mark;

	@Column(name = "marked_at")
	private Instant markedAt;

	@Enumerated(EnumType.STRING)
	@Column(length = 30)
	private AttendanceStatus status;

	protected Attendee() {
	}

	Attendee(int position, String cadreNo, String cadreName, String cadrePosition, String unitCode, String unitName) {
		this.position = position;
		this.cadreNo = cadreNo;
		this.cadreName = cadreName;
		this.cadrePosition = cadrePosition;
		this.unitCode = unitCode;
		this.unitName = unitName;
	}

	void mark(CheckInMark mark, Instant at) {
		this.mark = mark;
		this.markedAt = mark == null ? null : at;
	}

	void settle(AttendanceStatus status) {
		this.status = status;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getCadreName() {
		return cadreName;
	}

	public String getCadrePosition() {
		return cadrePosition;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getUnitName() {
		return unitName;
	}

	public CheckInMark getMark() {
		return mark;
	}

	public Instant getMarkedAt() {
		return markedAt;
	}

	/** The attendance status; null until check-in is closed. */
	public AttendanceStatus getStatus() {
		return status;
	}
}
