package org.ducha.audit.web;

import java.time.Clock;
import java.time.LocalDate;

import org.ducha.audit.AuditLog;
import org.ducha.audit.AuditQuery;
import org.ducha.audit.AuditVerification;
import org.ducha.web.ListPage;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log for the auditor alone (SPEC §15, API.md "Audit"). */
@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('AUDITOR')")
class AuditApiController {

	private final AuditLog audit;
	private final Clock clock;
	private final AuditExport export;

	AuditApiController(AuditLog audit, Clock clock, AuditExport export) {
		this.audit = audit;
		this.clock = clock;
		this.export = export;
	}

	/** {@code {"valid","events","firstBrokenAt"}}: the whole chain walked and checked. */
	@GetMapping("/verify")
	AuditVerification verify() {
		return audit.verify();
	}

	/** The whole filtered list as a streamed .xlsx, oldest first. */
	@GetMapping(path = "/events", params = "format=xlsx")
	void eventsXlsx(@RequestParam(required = false) String objectId, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
		export.respond(new AuditQuery(objectId, actor, action, from, to), response);
	}

	@GetMapping("/events")
	ListPage<AuditEventResponse> events(@RequestParam(required = false) String objectId,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@PageableDefault(size = 20) Pageable pageable) {
		return ListPage.of(audit.search(new AuditQuery(objectId, actor, action, from, to), AuditPaging.of(pageable)),
				e -> AuditEventResponse.of(e, clock.getZone()));
	}
}
