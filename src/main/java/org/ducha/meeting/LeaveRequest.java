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
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A written leave request (请假) for one required attendee of a meeting: the reason and the
 * proposed substitute (a cadre, or a name and position), submitted before the meeting starts and
 * decided — approved, or refused with a reason — by the leader named on the meeting.
 */
@Entity
@Table(name = "meeting_leave_request")
public class LeaveRequest extends AbstractAggregateRoot<LeaveRequest> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "meeting_id", nullable = false)
	private Long meetingId;

	@Column(name = "cadre_no", nullable = false, length = 40)
	private String cadreNo;

	@Column(name = "unit_code", nullable = false, length = 40)
	private String unitCode;

	@Column(nullable = false, length = 2000)
	private String reason;

	@Column(name = "substitute_cadre_no", length = 40)
	private String substituteCadreNo;

	@Column(name = "substitute_name", length = 100)
	private String substituteName;

	@Column(name = "substitute_position", length = 200)
	private String substitutePosition;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private LeaveStatus status;

	@Column(name = "submitted_by", nullable = false, length = 100)
	private String submittedBy;

	@Column(name = "submitted_at", nullable = false)
	private Instant submittedAt;

	@Column(name = "decided_by", length = 100)
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "refusal_reason", length = 1000)
	private String refusalReason;

	@Version
	private long version;

	protected LeaveRequest() {
	}

	static LeaveRequest submit(Meeting meeting, Attendee attendee, String reason, String substituteCadreNo,
			String substituteName, String substitutePosition, String submittedBy, Instant at) {
		if (!meeting.acceptsLeaveAt(at)) {
			throw DomainException.conflict("LEAVE_TOO_LATE", "leave must be asked for before the meeting starts");
		}
		LeaveRequest request = new LeaveRequest();
		request.meetingId = meeting.getId();
		request.cadreNo = attendee.getCadreNo();
		request.unitCode = attendee.getUnitCode();
		request.reason = reason;
		request.substituteCadreNo = substituteCadreNo;
		request.substituteName = substituteName;
		request.substitutePosition = substitutePosition;
		request.status = LeaveStatus.PENDING;
		request.submittedBy = submittedBy;
		request.submittedAt = at;
		return request;
	}

	void submitted() {
		registerEvent(new LeaveRequested(String.valueOf(id), String.valueOf(meetingId), cadreNo));
	}

	void approve(String by, Instant at) {
		if (status != LeaveStatus.PENDING) {
			throw DomainException.illegalTransition(status, "approve");
		}
		status = LeaveStatus.APPROVED;
		decidedBy = by;
		decidedAt = at;
		registerEvent(new LeaveDecided(String.valueOf(id), String.valueOf(meetingId), cadreNo, status));
	}

	void refuse(String reason, String by, Instant at) {
		if (status != LeaveStatus.PENDING) {
			throw DomainException.illegalTransition(status, "refuse");
		}
		status = LeaveStatus.REFUSED;
		refusalReason = reason;
		decidedBy = by;
		decidedAt = at;
		registerEvent(new LeaveDecided(String.valueOf(id), String.valueOf(meetingId), cadreNo, status));
	}

	/** Still counts for the attendee (pending or approved); a refused request leaves room for a new one. */
	public boolean isOpen() {
		return status != LeaveStatus.REFUSED;
	}

	public boolean hasSubstitute() {
		return substituteName != null;
	}

	public Long getId() {
		return id;
	}

	public Long getMeetingId() {
		return meetingId;
	}

	public String getCadreNo() {
		return cadreNo;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public String getReason() {
		return reason;
	}

	public String getSubstituteCadreNo() {
		return substituteCadreNo;
	}

	public String getSubstituteName() {
		return substituteName;
	}

	public String getSubstitutePosition() {
		return substitutePosition;
	}

	public LeaveStatus getStatus() {
		return status;
	}

	public String getSubmittedBy() {
		return submittedBy;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getRefusalReason() {
		return refusalReason;
	}
}
