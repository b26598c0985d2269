package org.ducha.accountability.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/accountability-candidates?format=xlsx}: the open candidates as the page exports them. */
@RestController
@Tag(name = "Accountability")
class AccountabilityExportApi {

	private final AccountabilityListExports exports;

	AccountabilityExportApi(AccountabilityListExports exports) {
		this.exports = exports;
	}

	@GetMapping(path = "/api/v1/accountability-candidates", params = "format=xlsx")
	@Operation(summary = "The open candidates as a streamed .xlsx")
	void candidates(HttpServletResponse response) throws IOException {
		exports.candidates(response);
	}
}
