package org.ducha.intake.web;

import java.util.ArrayList;
import java.util.List;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.calendar.TrafficLight;
import org.ducha.intake.IdentityReveals;
import org.ducha.intake.ReportFilter;
import org.ducha.intake.ReportStatus;
import org.ducha.intake.Reports;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Report figures on the home page, counted under the visibility rules (an accused user's count
 * never includes the report): reports waiting for acceptance and red reports for those who see
 * reports; proposals waiting for the director; pending reveal requests for the SECURITY_ADMIN.
 */
@Component
class IntakeHomeFigures implements HomeFigureSource {

	private final Reports reports;
	private final IdentityReveals reveals;
	private final AccessControl access;

	IntakeHomeFigures(Reports reports, IdentityReveals reveals, AccessControl access) {
		this.reports = reports;
		this.reveals = reveals;
		this.access = access;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication authentication) {
		CurrentUser user = access.userOf(authentication).orElse(null);
		if (user == null) {
			return List.of();
		}
		List<HomeFigure> figures = new ArrayList<>();
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.INTAKE_OFFICER)) {
			ReportFilter received = new ReportFilter(ReportStatus.RECEIVED, null, null, null, null, null, null, null, null, null);
			ReportFilter red = new ReportFilter(null, null, null, TrafficLight.RED, null, null, null, null, null, null);
			figures.add(new HomeFigure("intake.home.received", reports.count(received, user), "/reports?status=RECEIVED"));
			figures.add(new HomeFigure("intake.home.red", reports.count(red, user), "/reports?light=RED"));
		}
		if (user.hasRole(Role.OFFICE_DIRECTOR)) {
			figures.add(new HomeFigure("intake.home.approvals",
					reports.countAwaitingApproval(user), "/reports/approvals"));
		}
		if (user.hasRole(Role.SECURITY_ADMIN)) {
			figures.add(new HomeFigure("intake.home.identityRequests", reveals.countPending(), "/reports/identity-requests"));
		}
		return figures;
	}
}
