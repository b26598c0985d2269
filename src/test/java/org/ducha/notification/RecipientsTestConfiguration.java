package org.ducha.notification;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A directory that knows an address and a phone for every user except those named {@code nobody-…},
 * and an SMS sender that records what it is asked to send.
 */
@TestConfiguration(proxyBeanMethods = false)
class RecipientsTestConfiguration {

	static final String PHONE = "13800138000";

	record Sms(String username, String phone, NotificationKind kind, String text) {
	}

	static class RecordingSmsSender implements SmsSender {

		final List<Sms> sent = new CopyOnWriteArrayList<>();

		@Override
		public void send(String username, String phone, NotificationKind kind, String text) {
			sent.add(new Sms(username, phone, kind, text));
		}

		List<Sms> to(String username) {
			return sent.stream().filter(s -> s.username().equals(username)).toList();
		}
	}

	static String addressOf(String username) {
		return username + "@ducha.test";
	}

	@Bean
	RecipientDirectory testRecipientDirectory() {
		return new RecipientDirectory() {

			@Override
			public Optional<String> emailOf(String username) {
				return username.startsWith("nobody-") ? Optional.empty() : Optional.of(addressOf(username));
			}

			@Override
			public Optional<String> phoneOf(String username) {
				return username.startsWith("nobody-") ? Optional.empty() : Optional.of(PHONE);
			}
		};
	}

	@Bean
	RecordingSmsSender recordingSmsSender() {
		return new RecordingSmsSender();
	}
}
