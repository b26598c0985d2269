package org.ducha.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The system administrator's form for a new account. */
record NewUserForm(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 100) String displayName,
		@Size(max = 32) String cadreNo, @Size(max = 32) String unitCode,
		@NotBlank @Size(max = 128) String initialPassword) {

	static NewUserForm empty() {
		return new NewUserForm("", "", "", "", "");
	}
}
