package org.ducha.access.web;

/** The system administrator's form for a new account; {@code UserAccounts} checks every field. */
record NewUserForm(String username, String displayName, String cadreNo, String unitCode, String initialPassword) {

	static NewUserForm empty() {
		return new NewUserForm("", "", "", "", "");
	}
}
