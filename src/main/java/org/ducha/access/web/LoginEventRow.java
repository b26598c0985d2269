package org.ducha.access.web;

import java.time.ZoneId;

import org.ducha.access.LoginEvent;

/** A line of the login log as the page shows it. */
record LoginEventRow(String occurredAt, String username, String outcome, String channel, String remoteAddress) {

	static LoginEventRow of(LoginEvent e, ZoneId zone) {
		return new LoginEventRow(Pages.time(e.getOccurredAt(), zone), e.getUsername(), e.getOutcome().name(),
				e.getChannel().name(), e.getRemoteAddress() == null ? "" : e.getRemoteAddress());
	}
}
