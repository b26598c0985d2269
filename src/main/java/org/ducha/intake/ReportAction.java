package org.ducha.intake;

/** What a user may do on a report now, given its state and their roles: the buttons of the report page. */
public enum ReportAction {
	/** Accept (受理). */
	ACCEPT,
	/** Not accept, with a reason. */
	REJECT,
	/** Transfer to a receiving body. */
	TRANSFER,
	/** Merge into an earlier report. */
	MERGE,
	/** Record the date a named reporter was told of the acceptance. */
	TELL_ACCEPTANCE,
	/** Propose a disposal with its handler. */
	PROPOSE_DISPOSAL,
	/** Approve or refuse the proposed disposal (office director). */
	DECIDE_DISPOSAL,
	/** INQUIRY: the letter was sent. */
	LETTER_SENT,
	/** INQUIRY: the accused received the letter. */
	LETTER_RECEIVED,
	/** INQUIRY: the written reply was received. */
	REPLY_RECEIVED,
	/** VERIFICATION: ask for the one extension. */
	REQUEST_EXTENSION,
	/** VERIFICATION: approve or refuse the extension (office director). */
	DECIDE_EXTENSION,
	/** Conclude with a finding. */
	CONCLUDE,
	/** Answer the reporter. */
	ANSWER,
	/** Write to the reporter through the follow-up page. */
	MESSAGE,
	/** Ask a SECURITY_ADMIN to reveal the reporter's identity. */
	REQUEST_IDENTITY
}
