package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;

class SecondmentTests {

	static final Instant AT = Instant.parse("2026-03-01T02:00:00Z");

	static Secondment endingOn(LocalDate plannedEnd) {
		return new Secondment("C013", "ZJJ", "QZF", "迎检", LocalDate.of(2026, 1, 5), plannedEnd, "officer", AT);
	}

	@Test
	void theLastPlannedDayIsNotOverdueAndTheDayAfterIsOneDayOver() {
		Secondment s = endingOn(LocalDate.of(2026, 3, 31));

		assertThat(s.isOverdue(LocalDate.of(2026, 3, 30))).isFalse();
		assertThat(s.isOverdue(LocalDate.of(2026, 3, 31))).isFalse();
		assertThat(s.daysOverdue(LocalDate.of(2026, 3, 31))).isZero();
		assertThat(s.isOverdue(LocalDate.of(2026, 4, 1))).isTrue();
		assertThat(s.daysOverdue(LocalDate.of(2026, 4, 1))).isEqualTo(1);
		assertThat(s.daysOverdue(LocalDate.of(2026, 4, 30))).isEqualTo(30);
		assertThat(s.daysOverdue(LocalDate.of(2027, 3, 31))).isEqualTo(365);
	}

	@Test
	void anApprovedExtensionMovesThePlannedEndAndClearsTheFlagUntilItTooPasses() {
		Secondment s = endingOn(LocalDate.of(2026, 3, 31));
		assertThat(s.daysOverdue(LocalDate.of(2026, 4, 10))).isEqualTo(10);

		s.extend(LocalDate.of(2026, 4, 30), "专项工作延长", LocalDate.of(2026, 4, 10), "director", AT);

		assertThat(s.getPlannedEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(s.getCurrentEnd()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(s.isOverdue(LocalDate.of(2026, 4, 10))).isFalse();
		assertThat(s.isOverdue(LocalDate.of(2026, 4, 30))).isFalse();
		assertThat(s.daysOverdue(LocalDate.of(2026, 5, 2))).isEqualTo(2);
		assertThat(s.getExtensions()).singleElement().satisfies(e -> {
			assertThat(e.getPreviousEnd()).isEqualTo(LocalDate.of(2026, 3, 31));
			assertThat(e.getNewEnd()).isEqualTo(LocalDate.of(2026, 4, 30));
		});
	}

	@Test
	void aReturnedCadreIsNeverOverdueAndTheLateReturnIsCounted() {
		Secondment s = endingOn(LocalDate.of(2026, 3, 31));

		s.markReturned(LocalDate.of(2026, 4, 5));

		assertThat(s.getStatus()).isEqualTo(SecondmentStatus.RETURNED);
		assertThat(s.isOverdue(LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(s.daysReturnedLate()).isEqualTo(5);
	}

	@Test
	void aReturnOnTimeIsNotLate() {
		Secondment s = endingOn(LocalDate.of(2026, 3, 31));

		s.markReturned(LocalDate.of(2026, 3, 31));

		assertThat(s.daysReturnedLate()).isZero();
	}

	@Test
	void aReturnedSecondmentCanNeitherBeExtendedNorReturnedAgain() {
		Secondment s = endingOn(LocalDate.of(2026, 3, 31));
		s.markReturned(LocalDate.of(2026, 3, 20));

		assertThatThrownBy(() -> s.extend(LocalDate.of(2026, 5, 1), "r", LocalDate.of(2026, 3, 25), "x", AT))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThatThrownBy(() -> s.markReturned(LocalDate.of(2026, 3, 25)))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void anExtensionMustMoveThePlannedEndLater() {
		Secondment s = endingOn(LocalDate.of(2026, 3, 31));

		assertThatThrownBy(() -> s.extend(LocalDate.of(2026, 3, 31), "r", LocalDate.of(2026, 3, 1), "x", AT))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
