package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

/** Leave requests: who may ask, until when, and who decides. */
class MeetingLeaveIntegrationTests extends MeetingIntegrationSupport {

	@Test
	void leaveAskedForAfterTheStartIsTooLate() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 9, 15, 9, 0), List.of("ZJJ"), List.of());
		clock.set(LocalDateTime.of(2026, 9, 15, 9, 0));
		assertThatThrownBy(() -> as("zjj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "临时有事", null, null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LEAVE_TOO_LATE"));
	}

	@Test
	void onlyTheLeaderNamedOnTheMeetingDecidesLeave() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 9, 16, 9, 0), List.of("ZJJ"), List.of());
		LeaveRequest leave = as("zjj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "参加省厅会议", "C011", null, null)));
		assertThat(leave.getStatus()).isEqualTo(LeaveStatus.PENDING);
		assertThat(leave.getSubstituteName()).isEqualTo("吴芳");

		for (String other : List.of("huanghai", "leader", "officer", "director")) {
			assertThatThrownBy(() -> as(other, () -> meetings.approveLeave(id(leave))))
				.as(other)
				.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
		}
		assertThat(as("sunli", () -> meetings.approveLeave(id(leave))).getStatus()).isEqualTo(LeaveStatus.APPROVED);
		assertThatThrownBy(() -> as("sunli", () -> meetings.refuseLeave(id(leave), "改变主意")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void onlyTheAttendeesUnitAsksForLeave() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 9, 17, 9, 0), List.of("ZJJ", "SCJ"), List.of());
		assertThatThrownBy(() -> as("scj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "代为请假", null, null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
		assertThatThrownBy(() -> as("chengang", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "代为请假", null, null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MEETING_NOT_FOUND"));
		LeaveRequest byLiaison = as("zjj-liaison", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "参加市级会议", null, "吴芳", "副局长")));
		assertThat(byLiaison.getSubmittedBy()).isEqualTo("zjj-liaison");
		assertThat(byLiaison.getUnitCode()).isEqualTo("ZJJ");
	}

	@Test
	void aSecondRequestWaitsUntilTheFirstIsRefused() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 9, 18, 9, 0), List.of("SCJ"), List.of());
		LeaveRequest first = as("scj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C020", "外出学习", null, null, null)));
		assertThatThrownBy(() -> as("scj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C020", "外出学习", "C021", null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("LEAVE_ALREADY_REQUESTED"));
		assertThatThrownBy(() -> as("sunli", () -> meetings.refuseLeave(id(first), " ")))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("reason"));
		as("sunli", () -> meetings.refuseLeave(id(first), "请派副局长参会"));
		LeaveRequest second = as("scj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C020", "外出学习", "C021", null, null)));
		assertThat(second.getStatus()).isEqualTo(LeaveStatus.PENDING);
		MeetingDetails details = as("officer", () -> meetings.view(id(meeting)));
		assertThat(details.leaveRequests()).hasSize(2);
		assertThat(details.attendees().getFirst().leave().getId()).isEqualTo(second.getId());
	}

	@Test
	void aLeaveRequestNeedsAReasonAndAWholeSubstitute() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 9, 21, 9, 0), List.of("ZJJ"), List.of());
		assertThatThrownBy(() -> as("zjj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "", null, "吴芳", null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("reason", "substitutePosition"));
		assertThatThrownBy(() -> as("zjj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C040", "出差", "C999", null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
				.extracting(DomainException.FieldError::field).containsExactly("cadreNo", "substituteCadreNo"));
	}

	@Test
	void unitsSeeOnlyTheMeetingsTheyMustAttend() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 9, 22, 9, 0), List.of("JYJ"), List.of());
		assertThatThrownBy(() -> as("zjj", () -> meetings.view(id(meeting))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MEETING_NOT_FOUND"));
		assertThat(as("leader", () -> meetings.view(id(meeting))).meeting().getId()).isEqualTo(meeting.getId());
		assertThat(as("sunli", () -> meetings.view(id(meeting))).meeting().getId()).isEqualTo(meeting.getId());
		assertThatThrownBy(() -> as("zjj", () -> meetings.schedule(new NewMeeting("会", LocalDateTime.of(2026, 9, 30, 9, 0),
				"会议室", "QZF", "C004", List.of("ZJJ"), List.of()))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
	}
}
