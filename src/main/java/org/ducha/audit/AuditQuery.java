package org.ducha.audit;

import java.time.LocalDate;

/**
 * A filter over the audit log; a null or blank field does not filter. {@code from} and {@code to}
 * are dates in the district's zone, both included.
 */
public record AuditQuery(String objectId, String actor, String action, LocalDate from, LocalDate to) {

	public static AuditQuery all() {
		return new AuditQuery(null, null, null, null, null);
	}
}
