package org.ducha.intake.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/identity-requests?format=xlsx}: the reveal requests as the page exports them (SECURITY_ADMIN). */
@RestController
@Tag(name = "Reports (staff)")
class IdentityRequestExportApi {

	private final IntakeListExports exports;

	IdentityRequestExportApi(IntakeListExports exports) {
		this.exports = exports;
	}

	@GetMapping(path = "/api/v1/identity-requests", params = "format=xlsx")
	@Operation(summary = "Reveal requests (waiting ones with pendingOnly=true) as a streamed .xlsx")
	void list(@RequestParam(defaultValue = "false") boolean pendingOnly, HttpServletResponse response) throws IOException {
		exports.identityRequests(pendingOnly, response);
	}
}
