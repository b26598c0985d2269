package org.ducha.organization.web;

import java.util.List;

import org.ducha.organization.Secondments;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.ducha.web.Authorities;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The number of overdue secondments (借调不退) on the home page of the office and the district leaders. */
@Component
class SecondmentHomeFigures implements HomeFigureSource {

	static final String[] AUDIENCE = { "OFFICER", "OFFICE_DIRECTOR", "LEADER" };

	private final Secondments secondments;

	SecondmentHomeFigures(Secondments secondments) {
		this.secondments = secondments;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		if (!Authorities.hasAnyRole(user, AUDIENCE)) {
			return List.of();
		}
		return List.of(new HomeFigure("org.home.overdueSecondments", secondments.overdueCount(),
				"/organization/secondments?filter=OVERDUE"));
	}
}
