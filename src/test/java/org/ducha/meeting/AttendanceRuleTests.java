package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AttendanceRuleTests {

	@ParameterizedTest
	@EnumSource(LeaveOutcome.class)
	void anAttendeeWhoCameInTimeIsPresentWhateverTheLeave(LeaveOutcome leave) {
		assertThat(AttendanceRule.statusOf(CheckInMark.PRESENT, leave)).isEqualTo(AttendanceStatus.PRESENT);
	}

	@ParameterizedTest
	@EnumSource(LeaveOutcome.class)
	void anAttendeeWhoCameAfterTheStartIsLateWhateverTheLeave(LeaveOutcome leave) {
		assertThat(AttendanceRule.statusOf(CheckInMark.LATE, leave)).isEqualTo(AttendanceStatus.LATE);
	}

	@Test
	void theApprovedSubstituteWhoCameMakesSubstituteApproved() {
		assertThat(AttendanceRule.statusOf(CheckInMark.SUBSTITUTE, LeaveOutcome.APPROVED_WITH_SUBSTITUTE))
			.isEqualTo(AttendanceStatus.SUBSTITUTE_APPROVED);
	}

	@ParameterizedTest
	@EnumSource(value = LeaveOutcome.class, names = { "NONE", "PENDING", "REFUSED" })
	void aSubstituteWithoutApprovalIsAnAbsence(LeaveOutcome leave) {
		assertThat(AttendanceRule.statusOf(CheckInMark.SUBSTITUTE, leave)).isEqualTo(AttendanceStatus.ABSENT);
	}

	@Test
	void approvedLeaveWithoutSubstituteIsOnLeaveWhetherOrNotSomeoneCame() {
		assertThat(AttendanceRule.statusOf(null, LeaveOutcome.APPROVED_WITHOUT_SUBSTITUTE)).isEqualTo(AttendanceStatus.ON_LEAVE);
		assertThat(AttendanceRule.statusOf(CheckInMark.ABSENT, LeaveOutcome.APPROVED_WITHOUT_SUBSTITUTE))
			.isEqualTo(AttendanceStatus.ON_LEAVE);
		assertThat(AttendanceRule.statusOf(CheckInMark.SUBSTITUTE, LeaveOutcome.APPROVED_WITHOUT_SUBSTITUTE))
			.isEqualTo(AttendanceStatus.ON_LEAVE);
	}

	@ParameterizedTest
	@EnumSource(value = LeaveOutcome.class, names = { "NONE", "PENDING", "REFUSED" })
	void nobodyComingWithoutApprovedLeaveIsAnAbsence(LeaveOutcome leave) {
		assertThat(AttendanceRule.statusOf(null, leave)).isEqualTo(AttendanceStatus.ABSENT);
		assertThat(AttendanceRule.statusOf(CheckInMark.ABSENT, leave)).isEqualTo(AttendanceStatus.ABSENT);
	}

	@Test
	void anApprovedSubstituteWhoDidNotComeLeavesTheAttendeeAbsent() {
		assertThat(AttendanceRule.statusOf(null, LeaveOutcome.APPROVED_WITH_SUBSTITUTE)).isEqualTo(AttendanceStatus.ABSENT);
		assertThat(AttendanceRule.statusOf(CheckInMark.ABSENT, LeaveOutcome.APPROVED_WITH_SUBSTITUTE))
			.isEqualTo(AttendanceStatus.ABSENT);
	}

	@Test
	void onlyAbsenceIsUnexcused() {
		assertThat(AttendanceStatus.values()).filteredOn(AttendanceStatus::unexcused).containsExactly(AttendanceStatus.ABSENT);
	}
}
