package org.ducha.audit.web;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.ducha.audit.AuditQuery;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.stereotype.Component;

/**
 * The audit events matching the filter as a streamed .xlsx, oldest first: the page's export button
 * and {@code GET /api/v1/audit/events?format=xlsx} (the auditor's alone, as the list).
 */
@Component
class AuditExport {

	private final AuditLog audit;
	private final XlsxExports xlsx;
	private final Clock clock;

	AuditExport(AuditLog audit, XlsxExports xlsx, Clock clock) {
		this.audit = audit;
		this.xlsx = xlsx;
		this.clock = clock;
	}

	void respond(AuditQuery query, HttpServletResponse response) throws IOException {
		List<XlsxColumn<AuditEvent>> columns = List.of(
				XlsxColumn.of("audit.col.seq", AuditEvent::getSeq),
				XlsxColumn.of("audit.col.occurredAt", e -> e.getOccurredAt().atZone(clock.getZone()).toOffsetDateTime()),
				XlsxColumn.of("audit.col.actor", AuditEvent::getActor),
				XlsxColumn.of("audit.col.action", AuditEvent::getAction),
				XlsxColumn.of("audit.col.objectType", AuditEvent::getObjectType),
				XlsxColumn.of("audit.col.objectId", AuditEvent::getObjectId),
				XlsxColumn.of("audit.col.details", AuditEvent::getDetails),
				XlsxColumn.of("audit.col.hash", AuditEvent::getHash));
		xlsx.respond(response, "audit-events", columns, sink -> audit.forEach(query, sink));
	}
}
