package org.ducha.accountability.web;

import java.util.ArrayList;
import java.util.List;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.accountability.AccountabilityCases;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Case figures on the home page: the undecided cases the user sees (office, leaders, and a unit principal for the
 * UNIT cases its unit decides); for the office also the open accountability candidates and the UNIT cases whose
 * report is overdue, which it may take over.
 */
@Component
class AccountabilityHomeFigures implements HomeFigureSource {

	private final AccountabilityCases cases;
	private final AccessControl access;

	AccountabilityHomeFigures(AccountabilityCases cases, AccessControl access) {
		this.cases = cases;
		this.access = access;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication authentication) {
		CurrentUser user = access.userOf(authentication).orElse(null);
		if (user == null) {
			return List.of();
		}
		List<HomeFigure> figures = new ArrayList<>();
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR, Role.LEADER, Role.UNIT_PRINCIPAL)) {
			figures.add(new HomeFigure("accountability.home.undecided", cases.countUndecided(user), "/accountability/cases"));
		}
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR)) {
			figures.add(new HomeFigure("accountability.home.candidates", cases.countOpenCandidates(),
					"/accountability/candidates"));
			figures.add(new HomeFigure("accountability.home.unitReportsOverdue", cases.countUnitReportsOverdue(user),
					"/accountability/cases?overdue=true"));
		}
		return figures;
	}
}
