package org.ducha.access.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.ducha.access.UserAccount;

/** An account as the administration pages list it. */
record UserRow(long id, String username, String displayName, String cadreNo, String unitCode, List<String> roles,
		String status, boolean locked, String lockedUntil, boolean mustChangePassword, String lastLoginAt) {

	static UserRow of(UserAccount u, Instant now, ZoneId zone) {
		boolean locked = u.isLockedAt(now);
		return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getCadreNo(), u.getUnitCode(),
				u.getRoles().stream().sorted().map(Enum::name).toList(), u.getStatus().name(), locked,
				locked ? Pages.time(u.getLockedUntil(), zone) : "", u.isMustChangePassword(),
				Pages.time(u.getLastLoginAt(), zone));
	}
}
