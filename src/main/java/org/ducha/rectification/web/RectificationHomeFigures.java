package org.ducha.rectification.web;

import java.util.ArrayList;
import java.util.List;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.rectification.InspectionFindings;
import org.ducha.rectification.Problems;
import org.ducha.rectification.SelfExaminations;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Problem figures on the home page: open problems in the user's scope (office, leaders, units);
 * for the office also the concluded reports, findings and self-examination items waiting for it;
 * for an inspector the findings they recorded.
 */
@Component
class RectificationHomeFigures implements HomeFigureSource {

	private final Problems problems;
	private final InspectionFindings findings;
	private final SelfExaminations selfExaminations;
	private final AccessControl access;

	RectificationHomeFigures(Problems problems, InspectionFindings findings, SelfExaminations selfExaminations,
			AccessControl access) {
		this.problems = problems;
		this.findings = findings;
		this.selfExaminations = selfExaminations;
		this.access = access;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication authentication) {
		CurrentUser user = access.userOf(authentication).orElse(null);
		if (user == null) {
			return List.of();
		}
		List<HomeFigure> figures = new ArrayList<>();
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL, Role.UNIT_LIAISON)) {
			figures.add(new HomeFigure("rectification.home.open", problems.countOpen(user), "/problems"));
		}
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR)) {
			figures.add(new HomeFigure("rectification.home.leads", problems.countReportLeads(), "/problems"));
			figures.add(new HomeFigure("rectification.home.findings", findings.countAwaiting(),
					"/inspection-findings?status=RECORDED"));
			figures.add(new HomeFigure("rectification.home.selfExamination", selfExaminations.countAwaitingReview(),
					"/self-examination"));
		}
		if (user.hasRole(Role.INSPECTOR)) {
			figures.add(new HomeFigure("rectification.home.ownFindings", findings.countRecordedBy(user.username()),
					"/inspection-findings"));
		}
		return figures;
	}
}
