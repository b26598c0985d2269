package org.ducha.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.ducha.shared.DomainException;
import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A meeting (会议, SPEC §9): title, start, place, the organizing unit, the district government
 * leader who decides leave requests, and the required attendees. SCHEDULED while check-in is
 * open; {@link #close} settles every attendee's status by {@link AttendanceRule} and makes it HELD;
 * a scheduled meeting can be CANCELLED.
 */
@Entity
@Table(name = "meeting")
public class Meeting extends AbstractAggregateRoot<Meeting> {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(nullable = false, length = 200)
	private String place;

	@Column(name = "organizer_unit_code", nullable = false, length = 40)
	private String organizerUnitCode;

	@Column(name = "leader_cadre_no", nullable = false, length = 40)
	private String leaderCadreNo;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private MeetingStatus status;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "cancel_reason", length = 1000)
	private String cancelReason;

	@Column(name = "created_by", nullable = false, length = 100)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "meeting_id", nullable = false)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Attendee> attendees = new ArrayList<>();

	protected Meeting() {
	}

	/** An attendee as scheduled: the cadre with unit, name and position of that day. */
	record Invitee(String cadreNo, String cadreName, String cadrePosition, String unitCode, String unitName) {
	}

	static Meeting schedule(String title, Instant startsAt, String place, String organizerUnitCode,
			String leaderCadreNo, List<Invitee> invitees, String createdBy, Instant createdAt) {
		Meeting meeting = new Meeting();
		meeting.title = title;
		meeting.startsAt = startsAt;
		meeting.place = place;
		meeting.organizerUnitCode = organizerUnitCode;
		meeting.leaderCadreNo = leaderCadreNo;
		meeting.status = MeetingStatus.SCHEDULED;
		meeting.createdBy = createdBy;
		meeting.createdAt = createdAt;
		for (Invitee i : invitees) {
			meeting.attendees.add(new Attendee(meeting.attendees.size(), i.cadreNo(), i.cadreName(), i.cadrePosition(),
					i.unitCode(), i.unitName()));
		}
		return meeting;
	}

	void announced() {
		registerEvent(new MeetingScheduled(String.valueOf(id), startsAt));
	}

	/** Leave can be asked for while the meeting is scheduled and has not started. */
	boolean acceptsLeaveAt(Instant now) {
		return status == MeetingStatus.SCHEDULED && now.isBefore(startsAt);
	}

	/**
	 * Records the office's check-in mark for an attendee (null clears it); only while SCHEDULED and
	 * from the day of the meeting ({@code today}, district time) on.
	 */
	Attendee checkIn(String cadreNo, CheckInMark mark, Instant at, boolean meetingDayReached) {
		if (status != MeetingStatus.SCHEDULED) {
			throw DomainException.illegalTransition(status, "checkIn");
		}
		if (!meetingDayReached) {
			throw DomainException.conflict("MEETING_NOT_STARTED", "check-in opens on the day of the meeting");
		}
		Attendee attendee = attendee(cadreNo)
			.orElseThrow(() -> DomainException.validation("cadreNo", "not a required attendee of this meeting"));
		attendee.mark(mark, at);
		return attendee;
	}

	/**
	 * Closes check-in: every attendee gets a status by {@link AttendanceRule} from the mark (none
	 * recorded counts as nobody came) and the outcome of the attendee's leave; the meeting is HELD.
	 * Refused (MEETING_NOT_STARTED) before the meeting starts.
	 */
	void close(Map<String, LeaveOutcome> leaveByCadre, Instant at) {
		if (status != MeetingStatus.SCHEDULED) {
			throw DomainException.illegalTransition(status, "close");
		}
		if (at.isBefore(startsAt)) {
			throw DomainException.conflict("MEETING_NOT_STARTED", "check-in closes once the meeting has started");
		}
		for (Attendee a : attendees) {
			a.settle(AttendanceRule.statusOf(a.getMark(), leaveByCadre.getOrDefault(a.getCadreNo(), LeaveOutcome.NONE)));
		}
		status = MeetingStatus.HELD;
		closedAt = at;
		registerEvent(new MeetingHeld(String.valueOf(id), startsAt));
	}

	void cancel(String reason, Instant at) {
		if (status != MeetingStatus.SCHEDULED) {
			throw DomainException.illegalTransition(status, "cancel");
		}
		status = MeetingStatus.CANCELLED;
		cancelReason = reason;
		closedAt = at;
		registerEvent(new MeetingCancelled(String.valueOf(id)));
	}

	Meeting loaded() {
		attendees.size();
		return this;
	}

	public Optional<Attendee> attendee(String cadreNo) {
		return attendees.stream().filter(a -> a.getCadreNo().equals(cadreNo)).findFirst();
	}

	public boolean requires(String cadreNo) {
		return attendee(cadreNo).isPresent();
	}

	public Long getId() {
		return id;
	}

	public String getTitle() {
		return title;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public String getPlace() {
		return place;
	}

	public String getOrganizerUnitCode() {
		return organizerUnitCode;
	}

	public String getLeaderCadreNo() {
		return leaderCadreNo;
	}

	public MeetingStatus getStatus() {
		return status;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public String getCancelReason() {
		return cancelReason;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<Attendee> getAttendees() {
		return List.copyOf(attendees);
	}
}
