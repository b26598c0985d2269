package org.ducha.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ducha.access.UserAccount;

/** The editable identity of an account: display name, cadre, unit. */
record ProfileForm(@NotBlank @Size(max = 100) String displayName, @Size(max = 32) String cadreNo,
		@Size(max = 32) String unitCode) {

	static ProfileForm of(UserAccount user) {
		return new ProfileForm(user.getDisplayName(), nullToEmpty(user.getCadreNo()), nullToEmpty(user.getUnitCode()));
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
