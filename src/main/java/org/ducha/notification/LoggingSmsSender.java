package org.ducha.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default {@link SmsSender}: logs the recipient's username, the kind and a masked number; sends nothing. */
public class LoggingSmsSender implements SmsSender {

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

	@Override
	public void send(String username, String phone, NotificationKind kind, String text) {
		log.info("SMS notice {} for user {} to {} (no SMS gateway configured)", kind, username, mask(phone));
	}

	/** {@code 13800138000} → {@code 138****8000}; shorter numbers keep only their last two digits. */
	static String mask(String phone) {
		String digits = phone == null ? "" : phone.replaceAll("\\D", "");
		if (digits.length() >= 11) {
			return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
		}
		if (digits.length() >= 6) {
			return "****" + digits.substring(digits.length() - 2);
		}
		return "****";
	}
}
