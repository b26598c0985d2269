package org.ducha.notification;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends stored notices by e-mail (only when {@code spring.mail.host} configures a mail sender) and
 * by SMS, to the addresses a {@link RecipientDirectory} knows, once the storing transaction has
 * committed, off the caller's thread (a Spring Modulith listener). Subject and body are the kind's neutral text and the absolute link. A failed delivery
 * is logged with the notice's id and kind only, and is not retried.
 */
@Component
class NotificationDelivery {

	private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);
	private static final Locale LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final NotificationRepository notifications;
	private final MessageSource messages;
	private final ObjectProvider<RecipientDirectory> directory;
	private final ObjectProvider<JavaMailSender> mailSender;
	private final SmsSender sms;
	private final String baseUrl;
	private final String mailFrom;

	NotificationDelivery(NotificationRepository notifications, MessageSource messages,
			ObjectProvider<RecipientDirectory> directory, ObjectProvider<JavaMailSender> mailSender,
			ObjectProvider<SmsSender> sms, @Value("${ducha.base-url:http://localhost:8080}") String baseUrl,
			@Value("${ducha.notification.mail-from:ducha@localhost}") String mailFrom) {
		this.notifications = notifications;
		this.messages = messages;
		this.directory = directory;
		this.mailSender = mailSender;
		this.sms = sms.getIfAvailable(LoggingSmsSender::new);
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.mailFrom = mailFrom;
	}

	@ApplicationModuleListener
	void on(NotificationsCreated event) {
		notifications.findAllById(event.ids()).forEach(this::deliver);
	}

	void deliver(Notification notification) {
		try {
			RecipientDirectory recipients = directory.getIfAvailable();
			if (recipients == null) {
				return;
			}
			String text = messages.getMessage(notification.getKind().messageKey(), null, LOCALE);
			String url = baseUrl + notification.getLink();
			JavaMailSender sender = mailSender.getIfAvailable();
			if (sender != null) {
				recipients.emailOf(notification.getRecipient())
					.ifPresent(address -> mail(sender, notification, address, text, url));
			}
			recipients.phoneOf(notification.getRecipient()).ifPresent(phone -> sms(notification, phone, text, url));
		}
		catch (RuntimeException e) {
			failed("delivery", notification, e);
		}
	}

	private void mail(JavaMailSender sender, Notification notification, String address, String text, String url) {
		try {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(mailFrom);
			message.setTo(address);
			message.setSubject(text);
			message.setText(messages.getMessage("notification.mail.body", new Object[] { text, url }, LOCALE));
			sender.send(message);
		}
		catch (RuntimeException e) {
			failed("e-mail", notification, e);
		}
	}

	private void sms(Notification notification, String phone, String text, String url) {
		try {
			sms.send(notification.getRecipient(), phone, notification.getKind(),
					messages.getMessage("notification.sms.body", new Object[] { text, url }, LOCALE));
		}
		catch (RuntimeException e) {
			failed("SMS", notification, e);
		}
	}

	private static void failed(String channel, Notification notification, RuntimeException e) {
		log.warn("Notification {} ({}): {} failed with {}", notification.getId(), notification.getKind(), channel,
				e.getClass().getName());
	}
}
