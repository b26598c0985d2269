package org.ducha.organization.web;

import java.util.List;

import org.ducha.organization.Organization;
import org.ducha.web.Authorities;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The size of the org tree and the roster, for the administrator and the district-wide roles. */
@Component
class OrganizationHomeFigures implements HomeFigureSource {

	private final Organization organization;

	OrganizationHomeFigures(Organization organization) {
		this.organization = organization;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		if (!Authorities.hasAnyRole(user, "SYSTEM_ADMIN", "LEADER", "OFFICE_DIRECTOR", "OFFICER")) {
			return List.of();
		}
		return List.of(new HomeFigure("org.home.units", organization.unitCount(), "/organization"),
				new HomeFigure("org.home.cadres", organization.cadreCount(), "/organization/cadres"));
	}
}
