package org.ducha.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.ducha.calendar.TrafficLight;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The service other modules call: issue, find, ofSource, flag. */
@RecordApplicationEvents
class AssignmentsPublicApiIntegrationTests extends AssignmentIntegrationSupport {

	@Autowired
	ApplicationEvents events;

	@Test
	void issuesAnAssignmentToTheUnitAndPublishesAssignmentIssued() {
		AssignmentView view = issueToZjj();

		assertThat(view.status()).isEqualTo(AssignmentStatus.ISSUED);
		assertThat(view.unitCode()).isEqualTo("ZJJ");
		assertThat(view.kind()).isEqualTo(AssignmentKind.PROBLEM);
		assertThat(view.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 14));
		assertThat(view.dueOn()).isEqualTo(LocalDate.of(2026, 10, 30));
		assertThat(view.originalDueOn()).isEqualTo(view.dueOn());
		assertThat(view.light()).isEqualTo(TrafficLight.GREEN);
		assertThat(view.returnedCount()).isZero();
		assertThat(view.flaggedForAccountability()).isFalse();
		assertThat(events.stream(AssignmentIssued.class)).singleElement()
			.satisfies(e -> {
				assertThat(e.assignmentId()).isEqualTo(view.id());
				assertThat(e.sourceId()).isEqualTo(view.sourceId());
				assertThat(e.unitCode()).isEqualTo("ZJJ");
				assertThat(e.dueOn()).isEqualTo(view.dueOn());
			});
		assertThat(auditCount("ASSIGNMENT_ISSUED", view.id())).isEqualTo(1);
	}

	@Test
	void notifiesTheUnitsLiaisonAndPrincipalOfANewAssignment() {
		AssignmentView view = issueToZjj();

		long notices = jdbc.sql("""
				SELECT COUNT(*) FROM notification WHERE kind = 'NEW_ASSIGNMENT' AND recipient IN ('zjj', 'zjj-liaison')""")
			.query(Long.class).single();
		assertThat(view.id()).isNotBlank();
		assertThat(notices).isGreaterThanOrEqualTo(2);
	}

	@Test
	void refusesAnAssignmentWithAnUnknownUnitOrADueDateBeforeTheIssueDate() {
		NewAssignment draft = new NewAssignment(AssignmentKind.PROBLEM, "P-x", "NOPE", null, null, "x",
				LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 1), Map.of());

		assertThatThrownBy(() -> assignments.issue(draft, "officer")).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.fieldErrors()).extracting(DomainException.FieldError::field)
					.containsExactlyInAnyOrder("unitCode", "dueOn"));
	}

	@Test
	void findsAnAssignmentByIdAndBySource() {
		AssignmentView view = issueToZjj();

		assertThat(assignments.find(view.id())).contains(view);
		assertThat(assignments.find("missing")).isEmpty();
		assertThat(assignments.ofSource(AssignmentKind.PROBLEM, view.sourceId())).containsExactly(view);
		assertThat(assignments.ofSource(AssignmentKind.TASK, view.sourceId())).isEmpty();
	}

	@Test
	void flagsOncePerReasonAndPublishesAssignmentFlaggedOnce() {
		AssignmentView view = issueToZjj();

		assignments.flag(view.id(), FlagReason.RECURRENCE, LocalDate.of(2026, 9, 14));
		assignments.flag(view.id(), FlagReason.RECURRENCE, LocalDate.of(2026, 9, 15));

		assertThat(assignments.find(view.id()).orElseThrow().flaggedForAccountability()).isTrue();
		assertThat(assignments.flagsOf(view.id())).containsExactly(FlagReason.RECURRENCE);
		assertThat(events.stream(AssignmentFlagged.class)).singleElement()
			.satisfies(e -> {
				assertThat(e.reason()).isEqualTo(FlagReason.RECURRENCE);
				assertThat(e.flaggedOn()).isEqualTo(LocalDate.of(2026, 9, 14));
			});
	}
}
