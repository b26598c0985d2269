package org.ducha.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new initial password set by the system administrator; the user must change it. */
record ResetPasswordForm(@NotBlank @Size(max = 128) String newPassword) {

	static ResetPasswordForm empty() {
		return new ResetPasswordForm("");
	}
}
