package org.ducha.notification;

/**
 * What a notification says. The text is the message {@code notification.kind.<NAME>}; it names the
 * kind of item waiting, never its content. A module that needs a new notice adds a constant here
 * and its text to both message files.
 */
public enum NotificationKind {

	/** A report was assigned to the recipient for handling. */
	NEW_REPORT,
	/** A report the recipient handles is due within the yellow-light window. */
	REPORT_DUE_SOON,
	/** A report the recipient handles is past its due date. */
	REPORT_OVERDUE,
	/** A report 5 working days overdue was escalated to the recipient (office director or district leader). */
	REPORT_ESCALATED,
	/** An assignment (交办) was issued to the recipient's unit. */
	NEW_ASSIGNMENT,
	/** An assignment of the recipient's unit was urged (催办). */
	ASSIGNMENT_URGED,
	/** An overdue assignment was escalated to the recipient (supervising leader or office). */
	ASSIGNMENT_ESCALATED,
	/** An identity reveal request waits for the recipient's decision. */
	IDENTITY_REVEAL_REQUESTED,
	/** The recipient's identity reveal request was approved or refused. */
	IDENTITY_REVEAL_DECIDED,
	/** Any other item waiting for the recipient. */
	GENERIC_NEW_ITEM;

	/** The message key of this kind's text. */
	public String messageKey() {
		return "notification.kind." + name();
	}
}
