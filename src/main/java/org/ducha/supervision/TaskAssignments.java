package org.ducha.supervision;

import java.util.Optional;

import org.ducha.assignment.NewAssignment;

/**
 * How this module hands each unit's part of a task to the assignment module and reads back where
 * the part stands; implemented over {@code assignment.Assignments}.
 */
interface TaskAssignments {

	/** Issues the assignment and answers its id. */
	String issue(NewAssignment draft, String issuerUsername);

	Optional<UnitAssignment> find(String assignmentId);
}
