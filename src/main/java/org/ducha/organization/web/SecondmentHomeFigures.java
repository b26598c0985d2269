package org.ducha.organization.web;

import java.util.List;
import java.util.Set;

import org.ducha.organization.Secondments;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/** The number of overdue secondments (借调不退) on the home page of the office and the district leaders. */
@Component
class SecondmentHomeFigures implements HomeFigureSource {

	static final Set<String> AUDIENCE = Set.of("ROLE_OFFICER", "ROLE_OFFICE_DIRECTOR", "ROLE_LEADER");

	private final Secondments secondments;

	SecondmentHomeFigures(Secondments secondments) {
		this.secondments = secondments;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		if (user == null || user.getAuthorities().stream().map(GrantedAuthority::getAuthority).noneMatch(AUDIENCE::contains)) {
			return List.of();
		}
		return List.of(new HomeFigure("org.home.overdueSecondments", secondments.overdueCount(),
				"/organization/secondments?filter=OVERDUE"));
	}
}
