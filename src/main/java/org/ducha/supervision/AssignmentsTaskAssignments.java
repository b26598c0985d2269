package org.ducha.supervision;

import java.util.Optional;

import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.ducha.assignment.NewAssignment;
import org.springframework.stereotype.Component;

/** {@link TaskAssignments} over the assignment module's public service. */
@Component
class AssignmentsTaskAssignments implements TaskAssignments {

	private final Assignments assignments;

	AssignmentsTaskAssignments(Assignments assignments) {
		this.assignments = assignments;
	}

	@Override
	public String issue(NewAssignment draft, String issuerUsername) {
		return assignments.issue(draft, issuerUsername).id();
	}

	@Override
	public Optional<UnitAssignment> find(String assignmentId) {
		return assignments.find(assignmentId).map(AssignmentsTaskAssignments::of);
	}

	private static UnitAssignment of(AssignmentView v) {
		return new UnitAssignment(v.id(), v.status().name(), v.dueOn(), v.light(), v.overdueWorkingDays(),
				v.returnedCount(), v.flaggedForAccountability());
	}
}
