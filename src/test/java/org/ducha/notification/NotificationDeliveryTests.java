package org.ducha.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

@ExtendWith(OutputCaptureExtension.class)
class NotificationDeliveryTests {

	final JavaMailSender mailSender = mock(JavaMailSender.class);
	final RecipientsTestConfiguration.RecordingSmsSender sms = new RecipientsTestConfiguration.RecordingSmsSender();
	final Notification notification = new Notification("zjj", NotificationKind.NEW_ASSIGNMENT, "/assignments/3",
			"assignment:3:new", Instant.parse("2026-09-18T02:00:00Z"));

	@Test
	void withoutARecipientDirectoryNothingLeavesTheApplication() {
		delivery(null).deliver(notification);

		verifyNoInteractions(mailSender);
		assertThat(sms.sent).isEmpty();
	}

	@Test
	void aFailedMailIsLoggedWithoutAddressOrTextAndTheSmsStillGoesOut(CapturedOutput output) {
		doThrow(new MailSendException("550 rejected zjj@zjj.example.gov.cn: 您的单位有一件新的交办事项"))
			.when(mailSender).send(any(SimpleMailMessage.class));

		delivery(directory()).deliver(notification);

		assertThat(sms.sent).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(NotificationKind.NEW_ASSIGNMENT));
		assertThat(output.getAll()).contains("NEW_ASSIGNMENT").contains("MailSendException")
			.doesNotContain("zjj@zjj.example.gov.cn").doesNotContain("交办").doesNotContain("/assignments/3");
	}

	private NotificationDelivery delivery(RecipientDirectory directory) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("mailSender", mailSender);
		beans.addBean("sms", sms);
		if (directory != null) {
			beans.addBean("directory", directory);
		}
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage(NotificationKind.NEW_ASSIGNMENT.messageKey(), Locale.SIMPLIFIED_CHINESE, "您的单位有一件新的交办事项");
		messages.addMessage("notification.mail.body", Locale.SIMPLIFIED_CHINESE, "{0} {1}");
		messages.addMessage("notification.sms.body", Locale.SIMPLIFIED_CHINESE, "{0} {1}");
		return new NotificationDelivery(null, messages, beans.getBeanProvider(RecipientDirectory.class),
				beans.getBeanProvider(JavaMailSender.class), beans.getBeanProvider(SmsSender.class),
				"http://localhost:8080", "ducha@localhost");
	}

	private static RecipientDirectory directory() {
		return new RecipientDirectory() {

			@Override
			public Optional<String> emailOf(String username) {
				return Optional.of("zjj@zjj.example.gov.cn");
			}

			@Override
			public Optional<String> phoneOf(String username) {
				return Optional.of("13812345678");
			}
		};
	}
}
