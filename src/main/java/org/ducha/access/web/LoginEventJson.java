package org.ducha.access.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.ducha.access.LoginChannel;
import org.ducha.access.LoginEvent;
import org.ducha.access.LoginOutcome;

/** A line of the login log in the API. */
record LoginEventJson(String id, OffsetDateTime occurredAt, String username, LoginOutcome outcome,
		LoginChannel channel, String remoteAddress) {

	static LoginEventJson of(LoginEvent e, ZoneId zone) {
		return new LoginEventJson(String.valueOf(e.getId()), e.getOccurredAt().atZone(zone).toOffsetDateTime(),
				e.getUsername(), e.getOutcome(), e.getChannel(), e.getRemoteAddress());
	}
}
