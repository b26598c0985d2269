package org.ducha.access.web;

import java.time.OffsetDateTime;

/** A bearer token and when it expires (ISO-8601 with the district's offset). */
record TokenResponse(String token, OffsetDateTime expiresAt) {
}
