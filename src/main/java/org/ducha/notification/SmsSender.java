package org.ducha.notification;

/**
 * Sends a notice as a text message. Declare a bean of this type to use a real SMS gateway; without
 * one, {@link LoggingSmsSender} only logs that a message would be sent.
 */
public interface SmsSender {

	/**
	 * @param username the recipient, for logs
	 * @param phone the number to send to; never log it in full
	 * @param kind the notice's kind, for logs
	 * @param text the neutral text and the absolute link
	 */
	void send(String username, String phone, NotificationKind kind, String text);
}
