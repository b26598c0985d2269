package org.ducha.rectification;

import org.ducha.assignment.AssignmentView;

/** A problem with its assignment as the assignment module shows it (null only while it is being handed over). */
public record ProblemView(Problem problem, AssignmentView assignment) {
}
