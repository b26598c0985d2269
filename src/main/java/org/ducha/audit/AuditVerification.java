package org.ducha.audit;

/** The result of walking the chain: {@code firstBrokenAt} is the sequence number of the first bad event. */
public record AuditVerification(boolean valid, long events, Long firstBrokenAt) {
}
