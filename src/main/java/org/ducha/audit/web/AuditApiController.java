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

	AuditApiController(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.clock = clock;
	}

	/** {@code {"valid","events","firstBrokenAt"}}: the whole chain walked and checked. */
	@GetMapping("/verify")
	AuditVerification verify() {
		return audit.verify();
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
