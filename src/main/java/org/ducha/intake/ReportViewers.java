package org.ducha.intake;

import java.util.LinkedHashSet;
import java.util.Set;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Component;

/** Builds the {@link ReportVisibilityPolicy.Viewer} of a user: roles, cadre, and the lineage of their unit. */
@Component
class ReportViewers {

	private final AccessControl access;
	private final Organization organization;

	ReportViewers(AccessControl access, Organization organization) {
		this.access = access;
		this.organization = organization;
	}

	CurrentUser currentUser() {
		return access.currentUser();
	}

	ReportVisibilityPolicy.Viewer current() {
		return of(access.currentUser());
	}

	ReportVisibilityPolicy.Viewer of(CurrentUser user) {
		return new ReportVisibilityPolicy.Viewer(user.username(), user.cadreNo(), lineage(user.unitCode()), user.roles());
	}

	/** The current user, refused with FORBIDDEN (403) unless they hold one of the roles. */
	CurrentUser requireRole(Set<Role> roles) {
		CurrentUser user = access.currentUser();
		if (user.roles().stream().noneMatch(roles::contains)) {
			throw DomainException.forbidden("role may not do this");
		}
		return user;
	}

	/** The unit and every unit above it. */
	Set<String> lineage(String unitCode) {
		Set<String> lineage = new LinkedHashSet<>();
		String code = unitCode;
		while (code != null && lineage.add(code)) {
			code = organization.findUnit(code).map(Unit::getParentCode).orElse(null);
		}
		return lineage;
	}
}
