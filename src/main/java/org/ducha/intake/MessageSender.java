package org.ducha.intake;

/** Who wrote a report message. */
public enum MessageSender {
	/** The reporter, through the query code and PIN. */
	REPORTER,
	/** The office; the officer's name is never shown to the reporter. */
	OFFICE
}
