package org.ducha.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "change my password" form. */
record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank @Size(max = 128) String newPassword,
		@NotBlank String confirmPassword) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}
}
