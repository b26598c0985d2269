package org.ducha.intake.web;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.ducha.intake.IdentityRequest;
import org.ducha.intake.IdentityRequestStatus;

/** A reveal request in the API. */
record IdentityRequestResponse(String id, IdentityRequestStatus status, String reportId,
		@JsonInclude(JsonInclude.Include.NON_NULL) String trackingNumber, String requester, String reason,
		Instant requestedAt, String decidedBy, Instant decidedAt, Instant expiresAt) {

	static IdentityRequestResponse of(IdentityRequest r, String trackingNumber) {
		return new IdentityRequestResponse(String.valueOf(r.getId()), r.getStatus(), String.valueOf(r.getReportId()),
				trackingNumber, r.getRequester(), r.getReason(), r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(),
				r.getExpiresAt());
	}
}
