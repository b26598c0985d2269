package org.ducha.access.web;

import java.util.List;

import org.ducha.access.CurrentUser;

/** The caller of {@code GET /api/v1/auth/me}. */
record MeResponse(String username, String displayName, String cadreNo, String unitCode, List<String> roles) {

	static MeResponse of(CurrentUser user) {
		return new MeResponse(user.username(), user.displayName(), user.cadreNo(), user.unitCode(),
				user.roles().stream().sorted().map(Enum::name).toList());
	}
}
