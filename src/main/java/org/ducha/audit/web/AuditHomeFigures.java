package org.ducha.audit.web;

import java.util.List;

import org.ducha.audit.AuditLog;
import org.ducha.web.Authorities;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The auditor's figure: how many events the audit chain holds. */
@Component
class AuditHomeFigures implements HomeFigureSource {

	private final AuditLog audit;

	AuditHomeFigures(AuditLog audit) {
		this.audit = audit;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		if (!Authorities.hasAnyRole(user, "AUDITOR")) {
			return List.of();
		}
		long events = audit.search(null, null, null, PageRequest.of(0, 1)).getTotalElements();
		return List.of(new HomeFigure("audit.home.events", events, "/audit"));
	}
}
