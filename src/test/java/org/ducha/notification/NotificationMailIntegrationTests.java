package org.ducha.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mail through a real SMTP peer on a loopback port, configured by {@code spring.mail.host}. */
@SpringBootTest(properties = { "ducha.base-url=https://ducha.example.gov.cn/", "ducha.notification.mail-from=ducha@example.gov.cn" })
@Import(RecipientsTestConfiguration.class)
class NotificationMailIntegrationTests {

	static final SmtpTestServer smtp = startSmtp();

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stopSmtp() throws IOException {
		smtp.close();
	}

	@Autowired
	Notifications notifications;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	RecipientsTestConfiguration.RecordingSmsSender sms;

	@Test
	void mailGoesOutOnlyAfterTheCallersTransactionCommits() {
		String officer = username("officer");

		transactions.executeWithoutResult(tx -> {
			notifications.notify(officer, NotificationKind.NEW_REPORT, "/reports/77", "report:77:new");
			assertThat(mailsTo(officer)).isEmpty();
		});

		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(officer).size() == 1);
	}

	@Test
	void theMailSaysOnlyTheNeutralTextAndTheLink() throws Exception {
		String officer = username("officer");

		notifications.notify(officer, NotificationKind.IDENTITY_REVEAL_DECIDED, "/reveals/8", "reveal:8:decided");
		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(officer).size() == 1);

		MimeMessage mail = mailsTo(officer).getFirst();
		assertThat(mail.getSubject()).isEqualTo("您的身份查看申请已有审批结果");
		assertThat(mail.getFrom()).extracting(Address::toString).containsExactly("ducha@example.gov.cn");
		assertThat(mail.getAllRecipients()).extracting(Address::toString)
			.containsExactly(RecipientsTestConfiguration.addressOf(officer));
		assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
			.isEqualTo("您的身份查看申请已有审批结果\n\n请登录作风督查问责平台查看：https://ducha.example.gov.cn/reveals/8\n");
		assertThat(sms.to(officer)).singleElement().satisfies(text -> {
			assertThat(text.phone()).isEqualTo(RecipientsTestConfiguration.PHONE);
			assertThat(text.text()).isEqualTo("您的身份查看申请已有审批结果，请登录系统查看：https://ducha.example.gov.cn/reveals/8");
		});
	}

	@Test
	void theSameDedupeKeyTwiceSendsOneMail() {
		String officer = username("officer");

		notifications.notify(officer, NotificationKind.ASSIGNMENT_URGED, "/assignments/5", "assignment:5:urged:2026-10-16");
		notifications.notify(officer, NotificationKind.ASSIGNMENT_URGED, "/assignments/5", "assignment:5:urged:2026-10-16");
		awaitDeliveriesTo(officer);

		assertThat(subjectsOfMailsTo(officer)).containsOnlyOnce("您单位的交办事项被催办");
		assertThat(mailsTo(officer)).hasSize(2);
	}

	@Test
	void aRolledBackCallerSendsNoMail() {
		String officer = username("officer");

		transactions.executeWithoutResult(tx -> {
			notifications.notify(officer, NotificationKind.NEW_REPORT, "/reports/78", "report:78:new");
			tx.setRollbackOnly();
		});
		awaitDeliveriesTo(officer);

		assertThat(subjectsOfMailsTo(officer)).containsExactly("您有一件新的待办事项");
	}

	@Test
	void aUserWithoutAnAddressGetsTheInboxNoticeOnly() {
		String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		String sentinel = username("sentinel");

		notifications.notify(List.of(nobody, sentinel), NotificationKind.NEW_REPORT, "/reports/79", "report:79:new");
		await().atMost(Duration.ofSeconds(10)).until(() -> mailsTo(sentinel).size() == 1);

		assertThat(notifications.unreadCount(nobody)).isEqualTo(1);
		assertThat(smtp.received()).noneMatch(r -> r.recipients().stream().anyMatch(a -> a.startsWith(nobody)));
		assertThat(sms.to(nobody)).isEmpty();
	}

	/** Sends the user a last notice and waits for its mail, so earlier deliveries have had their turn. */
	private void awaitDeliveriesTo(String username) {
		notifications.notify(username, NotificationKind.GENERIC_NEW_ITEM, "/inbox", "sentinel");
		await().atMost(Duration.ofSeconds(10)).until(() -> subjectsOfMailsTo(username).contains("您有一件新的待办事项"));
	}

	private static List<MimeMessage> mailsTo(String username) {
		String address = RecipientsTestConfiguration.addressOf(username);
		return smtp.received().stream().filter(r -> r.recipients().contains(address)).map(SmtpTestServer.Received::message)
			.toList();
	}

	private static List<String> subjectsOfMailsTo(String username) {
		return mailsTo(username).stream().map(m -> {
			try {
				return m.getSubject();
			}
			catch (jakarta.mail.MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private static String username(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static SmtpTestServer startSmtp() {
		try {
			return new SmtpTestServer();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
