package org.ducha.access.web;

import org.ducha.access.UserAccount;

/** The editable identity of an account: display name, cadre, unit; {@code UserAccounts} checks every field. */
record ProfileForm(String displayName, String cadreNo, String unitCode) {

	static ProfileForm of(UserAccount user) {
		return new ProfileForm(user.getDisplayName(), nullToEmpty(user.getCadreNo()), nullToEmpty(user.getUnitCode()));
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}
}
