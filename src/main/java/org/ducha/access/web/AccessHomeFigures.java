package org.ducha.access.web;

import java.util.ArrayList;
import java.util.List;

import org.ducha.access.AccountStatus;
import org.ducha.access.LoginOutcome;
import org.ducha.access.Logins;
import org.ducha.access.UserAccounts;
import org.ducha.web.Authorities;
import org.ducha.web.HomeFigure;
import org.ducha.web.HomeFigureSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The administrators' figures: active and locked accounts for the system administrator; failed
 * and locked-out sign-ins for the security administrator and the auditor.
 */
@Component
class AccessHomeFigures implements HomeFigureSource {

	private static final PageRequest COUNT_ONLY = PageRequest.of(0, 1);

	private final UserAccounts accounts;
	private final Logins logins;

	AccessHomeFigures(UserAccounts accounts, Logins logins) {
		this.accounts = accounts;
		this.logins = logins;
	}

	@Override
	public List<HomeFigure> figuresFor(Authentication user) {
		List<HomeFigure> figures = new ArrayList<>();
		if (Authorities.hasAnyRole(user, "SYSTEM_ADMIN")) {
			long active = accounts.search(new UserAccounts.Filter(null, null, AccountStatus.ACTIVE, false, null), COUNT_ONLY)
				.getTotalElements();
			long locked = accounts.search(new UserAccounts.Filter(null, null, null, true, null), COUNT_ONLY)
				.getTotalElements();
			figures.add(new HomeFigure("access.home.activeAccounts", active, "/access/users?status=ACTIVE"));
			figures.add(new HomeFigure("access.home.lockedAccounts", locked, "/access/users?status=LOCKED"));
		}
		if (Authorities.hasAnyRole(user, "SECURITY_ADMIN", "AUDITOR")) {
			long failed = logins.search(null, LoginOutcome.FAILURE, COUNT_ONLY).getTotalElements();
			long lockouts = logins.search(null, LoginOutcome.LOCKED, COUNT_ONLY).getTotalElements();
			figures.add(new HomeFigure("access.home.failedLogins", failed, "/access/login-log?outcome=FAILURE"));
			figures.add(new HomeFigure("access.home.lockouts", lockouts, "/access/login-log?outcome=LOCKED"));
		}
		return figures;
	}
}
