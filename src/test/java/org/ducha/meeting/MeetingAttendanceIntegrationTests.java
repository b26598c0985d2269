package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

/** The attendance the bulletin and the ranking read, and the problem repeated absences create. */
class MeetingAttendanceIntegrationTests extends MeetingIntegrationSupport {

	@Test
	void attendanceNoticeListsEveryAttendeeOfAHeldMeetingWithStatusAndSubstitute() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 10, 20, 9, 0), List.of("ZJJ", "SCJ", "JYJ", "DXJD"), List.of());
		LeaveRequest zjj = as("zjj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "赴省厅参加业务培训", "C011", null, null)));
		LeaveRequest scj = as("scj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C020", "外出招商", null, null, null)));
		as("sunli", () -> meetings.approveLeave(id(zjj)));
		as("sunli", () -> meetings.refuseLeave(id(scj), "会议重要，须本人参加"));

		clock.set(LocalDateTime.of(2026, 10, 20, 9, 30));
		as("officer", () -> meetings.checkIn(id(meeting), "C010", CheckInMark.SUBSTITUTE));
		as("officer", () -> meetings.checkIn(id(meeting), "C040", CheckInMark.PRESENT));
		as("officer", () -> meetings.checkIn(id(meeting), "C030", CheckInMark.LATE));
		as("officer", () -> meetings.close(id(meeting)));

		List<AttendanceLine> lines = meetings.attendanceNotice(YearMonth.of(2026, 10)).stream()
			.filter(l -> l.meetingId().equals(id(meeting)))
			.toList();
		assertThat(lines).extracting(AttendanceLine::cadreNo, AttendanceLine::status)
			.containsExactly(tuple("C010", AttendanceStatus.SUBSTITUTE_APPROVED),
					tuple("C020", AttendanceStatus.ABSENT),
					tuple("C040", AttendanceStatus.PRESENT),
					tuple("C030", AttendanceStatus.LATE));
		AttendanceLine first = lines.getFirst();
		assertThat(first.unitCode()).isEqualTo("ZJJ");
		assertThat(first.unitName()).isEqualTo("演示区住房和城乡建设局");
		assertThat(first.cadreName()).isEqualTo("周强");
		assertThat(first.position()).isEqualTo("局长");
		assertThat(first.substituteName()).isEqualTo("吴芳");
		assertThat(first.substitutePosition()).isEqualTo("副局长");
		assertThat(first.startsAt()).isEqualTo(LocalDateTime.of(2026, 10, 20, 9, 0));
		assertThat(lines.get(1).substituteName()).isNull();
		assertThat(meetings.attendanceNotice(YearMonth.of(2026, 11))).noneMatch(l -> l.meetingId().equals(id(meeting)));
	}

	@Test
	void attendanceByUnitCountsHeldMeetingsOfThePeriodOnly() {
		Meeting first = schedule(LocalDateTime.of(2026, 11, 3, 9, 0), List.of("ZJJ", "JYJ"), List.of("C012"));
		Meeting second = schedule(LocalDateTime.of(2026, 11, 5, 15, 0), List.of("ZJJ"), List.of());
		Meeting open = schedule(LocalDateTime.of(2026, 11, 4, 9, 0), List.of("ZJJ"), List.of());
		Meeting cancelled = schedule(LocalDateTime.of(2026, 11, 4, 15, 0), List.of("ZJJ"), List.of());
		LeaveRequest leave = as("zjj-liaison", () -> meetings.requestLeave(id(second),
				new NewLeaveRequest("C010", "参加市住建委会议", null, null, null)));
		as("sunli", () -> meetings.approveLeave(id(leave)));
		as("officer", () -> meetings.cancel(id(cancelled), "与市级会议冲突"));

		clock.set(LocalDateTime.of(2026, 11, 3, 9, 10));
		as("officer", () -> meetings.checkIn(id(first), "C010", CheckInMark.PRESENT));
		as("officer", () -> meetings.checkIn(id(first), "C012", CheckInMark.LATE));
		as("officer", () -> meetings.close(id(first)));
		clock.set(LocalDateTime.of(2026, 11, 5, 16, 0));
		as("officer", () -> meetings.close(id(second)));

		Map<String, UnitAttendance> byUnit = meetings.attendanceByUnit(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 5));
		assertThat(byUnit).containsOnlyKeys("ZJJ", "JYJ");
		assertThat(byUnit.get("ZJJ")).isEqualTo(new UnitAttendance("ZJJ", "演示区住房和城乡建设局", 3, 1, 1, 0, 1, 0));
		assertThat(byUnit.get("ZJJ").attended()).isEqualTo(2);
		assertThat(byUnit.get("JYJ")).isEqualTo(new UnitAttendance("JYJ", "演示区教育局", 1, 0, 0, 0, 0, 1));
		assertThat(meetings.attendanceByUnit(LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 4))).isEmpty();
		assertThat(open.getStatus()).isEqualTo(MeetingStatus.SCHEDULED);
	}

	@Test
	void twoUnexcusedAbsencesOfOnePrincipalInAYearCreateExactlyOneProblemOfSourceAttendance() {
		// 刘洋 (C031), principal of 和平社区 (HPSQ), attends no demo meeting.
		Meeting m1 = schedule(LocalDateTime.of(2026, 11, 10, 9, 0), List.of(), List.of("C031"));
		Meeting m2 = schedule(LocalDateTime.of(2026, 11, 12, 9, 0), List.of(), List.of("C031"));
		Meeting m3 = schedule(LocalDateTime.of(2026, 11, 17, 9, 0), List.of(), List.of("C031"));

		clock.set(LocalDateTime.of(2026, 11, 10, 12, 0));
		as("officer", () -> meetings.close(id(m1)));
		assertThat(meetings.absenceProblemOf("C031", 2026)).isEmpty();

		clock.set(LocalDateTime.of(2026, 11, 12, 12, 0));
		as("officer", () -> meetings.close(id(m2)));
		String problemId = meetings.absenceProblemOf("C031", 2026).orElseThrow();
		Map<String, Object> problem = jdbc.sql("SELECT unit_code, source, description FROM problem WHERE id = :id")
			.param("id", Long.parseLong(problemId)).query().singleRow();
		assertThat(problem.get("unit_code")).isEqualTo("HPSQ");
		assertThat(problem.get("source")).isEqualTo("ATTENDANCE");
		assertThat((String) problem.get("description")).contains("刘洋", m1.getTitle(), m2.getTitle(), "2次");
		assertThat(jdbc.sql("SELECT cadre_no FROM problem_cadre WHERE problem_id = :id")
			.param("id", Long.parseLong(problemId)).query(String.class).list()).containsExactly("C031");

		clock.set(LocalDateTime.of(2026, 11, 17, 12, 0));
		as("officer", () -> meetings.close(id(m3)));
		assertThat(meetings.absenceProblemOf("C031", 2026)).contains(problemId);
		assertThat(attendanceProblemsNaming("刘洋")).isEqualTo(1);
	}

	@Test
	void twoUnexcusedAbsencesOfAnAttendeeWhoIsNoPrincipalCreateNoProblem() {
		// 郑伟 (C013, 科员 of ZJJ) attends no demo meeting.
		Meeting m1 = schedule(LocalDateTime.of(2026, 11, 10, 9, 0), List.of(), List.of("C013"));
		Meeting m2 = schedule(LocalDateTime.of(2026, 11, 12, 9, 0), List.of(), List.of("C013"));

		clock.set(LocalDateTime.of(2026, 11, 10, 12, 0));
		as("officer", () -> meetings.close(id(m1)));
		clock.set(LocalDateTime.of(2026, 11, 12, 12, 0));
		as("officer", () -> meetings.close(id(m2)));

		assertThat(meetings.absenceProblemOf("C013", 2026)).isEmpty();
		assertThat(attendanceProblemsNaming("郑伟")).isZero();
	}

	@Test
	void absencesInDifferentYearsDoNotAddUp() {
		// 赵卫东 (C003), principal of the discipline commission (JW), attends no demo meeting.
		clock.set(LocalDateTime.of(2025, 12, 20, 10, 0));
		Meeting december = schedule(LocalDateTime.of(2025, 12, 29, 9, 0), List.of(), List.of("C003"));
		clock.set(LocalDateTime.of(2025, 12, 29, 11, 0));
		as("officer", () -> meetings.close(id(december)));

		clock.set(LocalDateTime.of(2026, 11, 18, 10, 0));
		Meeting november = schedule(LocalDateTime.of(2026, 11, 19, 9, 0), List.of(), List.of("C003"));
		clock.set(LocalDateTime.of(2026, 11, 19, 11, 0));
		as("officer", () -> meetings.close(id(november)));

		assertThat(meetings.absenceProblemOf("C003", 2025)).isEmpty();
		assertThat(meetings.absenceProblemOf("C003", 2026)).isEmpty();
		assertThat(attendanceProblemsNaming("赵卫东")).isZero();
	}

	@Test
	void excusedAttendancesCountNoAbsence() {
		// 吴芳 (C011, ZJJ): on leave, then represented by an approved substitute; the principal asks.
		Meeting m1 = schedule(LocalDateTime.of(2026, 11, 24, 9, 0), List.of(), List.of("C011"));
		Meeting m2 = schedule(LocalDateTime.of(2026, 11, 26, 9, 0), List.of(), List.of("C011"));
		LeaveRequest l1 = as("zjj", () -> meetings.requestLeave(id(m1), new NewLeaveRequest("C011", "病假", null, null, null)));
		LeaveRequest l2 = as("zjj", () -> meetings.requestLeave(id(m2),
				new NewLeaveRequest("C011", "下乡督导", null, "李华", "城建股副股长")));
		as("sunli", () -> meetings.approveLeave(id(l1)));
		as("sunli", () -> meetings.approveLeave(id(l2)));

		clock.set(LocalDateTime.of(2026, 11, 24, 12, 0));
		as("officer", () -> meetings.close(id(m1)));
		clock.set(LocalDateTime.of(2026, 11, 26, 12, 0));
		as("officer", () -> meetings.checkIn(id(m2), "C011", CheckInMark.SUBSTITUTE));
		as("officer", () -> meetings.close(id(m2)));

		assertThat(meetings.attendanceBetween(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26)))
			.filteredOn(l -> l.cadreNo().equals("C011"))
			.extracting(AttendanceLine::status, AttendanceLine::substituteName)
			.containsExactly(tuple(AttendanceStatus.ON_LEAVE, null),
					tuple(AttendanceStatus.SUBSTITUTE_APPROVED, "李华"));
		assertThat(meetings.absenceProblemOf("C011", 2026)).isEmpty();
	}

	@Test
	void checkInClosesOnlyOnceAndNotBeforeTheStart() {
		Meeting meeting = schedule(LocalDateTime.of(2026, 10, 27, 9, 0), List.of("JYJ"), List.of());
		assertThatThrownBy(() -> as("officer", () -> meetings.close(id(meeting))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MEETING_NOT_STARTED"));
		assertThatThrownBy(() -> as("officer", () -> meetings.checkIn(id(meeting), "C040", CheckInMark.PRESENT)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("MEETING_NOT_STARTED"));

		clock.set(LocalDateTime.of(2026, 10, 27, 9, 5));
		as("officer", () -> meetings.checkIn(id(meeting), "C040", CheckInMark.PRESENT));
		Meeting held = as("officer", () -> meetings.close(id(meeting)));
		assertThat(held.getStatus()).isEqualTo(MeetingStatus.HELD);
		assertThatThrownBy(() -> as("officer", () -> meetings.close(id(meeting))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThatThrownBy(() -> as("officer", () -> meetings.checkIn(id(meeting), "C040", CheckInMark.LATE)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	private long attendanceProblemsNaming(String name) {
		return jdbc.sql("SELECT COUNT(*) FROM problem WHERE source = 'ATTENDANCE' AND description LIKE :name")
			.param("name", "%" + name + "%").query(Long.class).single();
	}
}
