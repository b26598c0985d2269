package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The demo meetings: held ones with every status, 钱进's two absences and SCJ's problem, a leave waiting for 孙丽. */
class MeetingDemoDataIntegrationTests extends MeetingIntegrationSupport {

	@Test
	void demoMeetingsShowEveryAttendanceStatus() {
		List<AttendanceLine> lines = meetings.attendanceBetween(LocalDate.of(2026, 1, 1), MeetingTestClock.START.toLocalDate());
		assertThat(lines).extracting(AttendanceLine::status).contains(AttendanceStatus.values());
		assertThat(lines).filteredOn(l -> l.cadreNo().equals("C020") && l.status() == AttendanceStatus.ABSENT).hasSize(2);
	}

	@Test
	void qianJinsTwoAbsencesMadeAnAttendanceProblemOfScj() {
		String problemId = meetings.absenceProblemOf("C020", 2026).orElseThrow();
		assertThat(jdbc.sql("SELECT unit_code FROM problem WHERE id = :id AND source = 'ATTENDANCE'")
			.param("id", Long.parseLong(problemId)).query(String.class).single()).isEqualTo("SCJ");
	}

	@Test
	void anUpcomingMeetingHasALeaveRequestWaitingForSunLi() {
		List<Meetings.PendingLeave> pending = as("sunli", () -> meetings.pendingForMe());
		assertThat(pending).anySatisfy(p -> {
			assertThat(p.attendee().getCadreNo()).isEqualTo("C020");
			assertThat(p.leave().getSubstituteName()).isEqualTo("何敏");
			assertThat(p.meeting().getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
		});
		assertThat(as("huanghai", () -> meetings.pendingForMe())).isEmpty();
	}
}
