package org.ducha.audit.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.ducha.audit.AuditEvent;

/** One audit event as the API shows it; {@code occurredAt} with the district's offset. */
record AuditEventResponse(long seq, OffsetDateTime occurredAt, String actor, String action, String objectType,
		String objectId, String details, String hash) {

	static AuditEventResponse of(AuditEvent e, ZoneId zone) {
		return new AuditEventResponse(e.getSeq(), e.getOccurredAt().atZone(zone).toOffsetDateTime(), e.getActor(),
				e.getAction(), e.getObjectType(), e.getObjectId(), e.getDetails(), e.getHash());
	}
}
