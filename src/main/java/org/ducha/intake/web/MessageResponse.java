package org.ducha.intake.web;

import java.time.Instant;

import org.ducha.intake.MessageSender;
import org.ducha.intake.ReportMessage;

/** A report message in the API: who (REPORTER or OFFICE), the text, when; never the officer's name. */
record MessageResponse(MessageSender from, String text, Instant sentAt) {

	static MessageResponse of(ReportMessage m) {
		return new MessageResponse(m.getSender(), m.getText(), m.getSentAt());
	}
}
