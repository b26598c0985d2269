package org.ducha.assignment.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.assignment.Assignments;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Assignment figures on the home page, counted in the user's data scope: for a unit, those waiting
 * to be signed and those overdue (its to-do list); for the office and leaders, those overdue and
 * those submitted waiting for acceptance.
 */
@Component
class AssignmentHomeFigures implements HomeFigureSource {

	private final Assignments assignments;
	private final AccessControl access;

	AssignmentHomeFigures(Assignments assignments, AccessControl access) {
		this.assignments = assignments;
		this.access = access;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication authentication) {
		CurrentUser user = access.userOf(authentication).orElse(null);
		if (user == null) {
			return List.of();
		}
		Map<String, Long> counts = assignments.figures(user);
		if (counts.isEmpty()) {
			return List.of();
		}
		List<HomeFigure> figures = new ArrayList<>();
		if (user.hasAnyRole(Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)) {
			figures.add(new HomeFigure("assignment.home.toSign", counts.get("toSign"), "/assignments/todo?status=ISSUED"));
			figures.add(new HomeFigure("assignment.home.overdue", counts.get("overdue"), "/assignments/todo?light=RED"));
		}
		else {
			figures.add(new HomeFigure("assignment.home.overdue", counts.get("overdue"), "/assignments?light=RED"));
			figures.add(new HomeFigure("assignment.home.submitted", counts.get("submitted"), "/assignments?status=SUBMITTED"));
		}
		return figures;
	}
}
