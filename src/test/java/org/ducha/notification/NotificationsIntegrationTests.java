package org.ducha.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications without a mail server configured: storing, dedupe, link rules, rollback, the inbox
 * page and the API. An SMTP peer listens on {@code spring.mail.port}, but without
 * {@code spring.mail.host} nothing may connect to it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(RecipientsTestConfiguration.class)
class NotificationsIntegrationTests {

	static final SmtpTestServer smtp = startSmtp();

	@DynamicPropertySource
	static void mailPortOnly(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.port", smtp::port);
	}

	@AfterAll
	static void stopSmtp() throws IOException {
		smtp.close();
	}

	@Autowired
	Notifications notifications;

	@Autowired
	RecipientsTestConfiguration.RecordingSmsSender sms;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void theSameDedupeKeyNotifiesEachRecipientOnlyOnce() {
		String a = username("a");
		String b = username("b");
		String c = username("c");

		int first = notifications.notify(List.of(a, b), NotificationKind.NEW_REPORT, "/reports/1", "report:1:new");
		int second = notifications.notify(List.of(a, b, c), NotificationKind.NEW_REPORT, "/reports/1", "report:1:new");

		assertThat(first).isEqualTo(2);
		assertThat(second).isEqualTo(1);
		assertThat(notifications.inbox(a, false, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
		assertThat(notifications.inbox(c, false, PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
		awaitDeliveriesTo(a);
		awaitDeliveriesTo(c);
		assertThat(sms.to(a)).extracting(RecipientsTestConfiguration.Sms::kind).containsOnlyOnce(NotificationKind.NEW_REPORT);
		assertThat(sms.to(c)).extracting(RecipientsTestConfiguration.Sms::kind).containsOnlyOnce(NotificationKind.NEW_REPORT);
	}

	@Test
	void aSweepRunTwiceNotifiesNothingTheSecondTime() {
		String officer = username("officer");
		Runnable sweep = () -> notifications.notify(officer, NotificationKind.REPORT_OVERDUE, "/reports/9",
				"report:9:overdue:2026-10-16");

		sweep.run();
		sweep.run();

		assertThat(notifications.unreadCount(officer)).isEqualTo(1);
		awaitDeliveriesTo(officer);
		assertThat(sms.to(officer)).extracting(RecipientsTestConfiguration.Sms::kind)
			.containsOnlyOnce(NotificationKind.REPORT_OVERDUE);
	}

	@Test
	void twoConcurrentCallersWithTheSameDedupeKeyStoreOneNotificationAndBothSucceed() throws Exception {
		String officer = username("officer");
		CountDownLatch firstInserted = new CountDownLatch(1);
		try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
			Future<Integer> first = threads.submit(() -> transactions.execute(tx -> {
				int stored = notifications.notify(officer, NotificationKind.NEW_REPORT, "/reports/3", "report:3:new");
				firstInserted.countDown();
				sleep(Duration.ofMillis(300));
				return stored;
			}));
			assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
			Future<Integer> second = threads.submit(() -> transactions.execute(
					tx -> notifications.notify(officer, NotificationKind.NEW_REPORT, "/reports/3", "report:3:new")));

			assertThat(first.get(10, TimeUnit.SECONDS) + second.get(10, TimeUnit.SECONDS)).isEqualTo(1);
		}
		assertThat(notifications.unreadCount(officer)).isEqualTo(1);
	}

	@Test
	void aDifferentDedupeKeyIsANewNotification() {
		String officer = username("officer");

		notifications.notify(officer, NotificationKind.REPORT_DUE_SOON, "/reports/9", "report:9:due-soon:2026-10-13");
		notifications.notify(officer, NotificationKind.REPORT_DUE_SOON, "/reports/9", "report:9:due-soon:2026-10-14");

		assertThat(notifications.unreadCount(officer)).isEqualTo(2);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "http://evil", "//evil", "//evil/reports", "/\\evil", "https://evil.example/reports/1",
			"javascript:alert(1)", "reports/1", " /reports/1", "/reports/1#content", "/reports?subject=张三受贿",
			"/reports/%E5%BC%A0", "/reports/1\r\nLocation: http://evil", "/reports@evil", "/reports/{id}" })
	void refusesALinkThatIsNotAnAppRelativePath(String link) {
		String user = username("u");

		assertThatThrownBy(() -> notifications.notify(user, NotificationKind.GENERIC_NEW_ITEM, link, "k:1"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("NOTIFICATION_LINK_INVALID"));
		assertThat(notifications.unreadCount(user)).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/reports/42", "/assignments?light=RED&page=0", "/inbox", "/tasks/7/milestones" })
	void acceptsAnAppRelativePath(String link) {
		String user = username("u");

		notifications.notify(user, NotificationKind.GENERIC_NEW_ITEM, link, "k:1");

		assertThat(notifications.inbox(user, true, PageRequest.of(0, 1)).getContent().getFirst().getLink()).isEqualTo(link);
	}

	@Test
	void refusesADedupeKeyOrRecipientThatCouldCarryText() {
		String user = username("u");

		assertThatThrownBy(() -> notifications.notify(user, NotificationKind.NEW_REPORT, "/reports/1", "举报人张三"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("NOTIFICATION_DEDUPE_KEY_INVALID"));
		assertThatThrownBy(() -> notifications.notify(List.of(user, " "), NotificationKind.NEW_REPORT, "/reports/1", "k"))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.code()).isEqualTo("NOTIFICATION_RECIPIENT_INVALID"));
		assertThat(notifications.unreadCount(user)).isZero();
	}

	@Test
	void aRolledBackCallerLeavesNoNotificationAndSendsNothing() {
		String officer = username("officer");

		transactions.executeWithoutResult(tx -> {
			notifications.notify(officer, NotificationKind.NEW_REPORT, "/reports/5", "report:5:new");
			tx.setRollbackOnly();
		});
		awaitDeliveriesTo(officer);

		assertThat(notifications.inbox(officer, false, PageRequest.of(0, 10)).getContent())
			.extracting(Notification::getKind).containsExactly(NotificationKind.GENERIC_NEW_ITEM);
		assertThat(sms.to(officer)).extracting(RecipientsTestConfiguration.Sms::kind)
			.containsExactly(NotificationKind.GENERIC_NEW_ITEM);
	}

	@Test
	void noMailIsSentWithoutSpringMailHost() {
		String officer = username("officer");

		notifications.notify(officer, NotificationKind.NEW_ASSIGNMENT, "/assignments/3", "assignment:3:new");
		await().atMost(Duration.ofSeconds(10)).until(() -> !sms.to(officer).isEmpty());

		assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).isNull();
		assertThat(smtp.connections()).isZero();
	}

	@Test
	void storingNotificationsIsAudited() {
		String officer = username("officer");
		String key = "report:" + UUID.randomUUID() + ":new";

		notifications.notify(officer, NotificationKind.NEW_REPORT, "/reports/1", key);

		assertThat(audit.search(key, null, "NOTIFICATION_CREATED", PageRequest.of(0, 5)).getContent())
			.singleElement()
			.satisfies(e -> assertThat(e.getDetails()).isEqualTo("kind=NEW_REPORT, recipients=1"));
	}

	@Test
	void theInboxExportsAsXlsxWithTheCallersOwnNoticesOnly() throws Exception {
		String mine = username("me");
		String other = username("other");
		notifications.notify(mine, NotificationKind.NEW_REPORT, "/reports/21", "report:21:new");
		notifications.notify(mine, NotificationKind.REPORT_OVERDUE, "/reports/22", "report:22:overdue");
		notifications.notify(other, NotificationKind.ASSIGNMENT_URGED, "/assignments/23", "assignment:23:urged");
		for (String path : List.of("/api/v1/notifications", "/inbox")) {
			byte[] file = mvc.perform(get(path).param("format", "xlsx").with(user(mine)))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new java.io.ByteArrayInputStream(file))) {
				org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
				assertThat(sheet.getLastRowNum()).isEqualTo(2);
				assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("消息");
				List<String> links = List.of(sheet.getRow(1).getCell(2).getStringCellValue(),
						sheet.getRow(2).getCell(2).getStringCellValue());
				assertThat(links).containsExactlyInAnyOrder("/reports/21", "/reports/22");
				assertThat(sheet.getRow(1).getPhysicalNumberOfCells()).isEqualTo(4);
			}
		}
	}

	@Test
	void apiListsOnlyTheCallersOwnNotificationsWithNothingButKindTextLinkAndTime() throws Exception {
		String mine = username("me");
		String other = username("other");
		notifications.notify(mine, NotificationKind.NEW_REPORT, "/reports/11", "report:11:new");
		notifications.notify(other, NotificationKind.ASSIGNMENT_URGED, "/assignments/12", "assignment:12:urged");

		String body = mvc.perform(get("/api/v1/notifications").with(user(mine)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[0].kind").value("NEW_REPORT"))
			.andExpect(jsonPath("$.items[0].text").value("您有一件新的信访举报待处理"))
			.andExpect(jsonPath("$.items[0].link").value("/reports/11"))
			.andExpect(jsonPath("$.items[0].read").value(false))
			.andExpect(jsonPath("$.items[0].id").isString())
			.andExpect(jsonPath("$.items[0].createdAt").value(Matchers.matchesPattern(
					"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\\+08:00")))
			.andReturn().getResponse().getContentAsString();

		Map<String, Object> item = JsonPath.read(body, "$.items[0]");
		assertThat(item).containsOnlyKeys("id", "kind", "text", "link", "createdAt", "read");
	}

	@Test
	void apiFiltersUnreadAndPages() throws Exception {
		String me = username("me");
		for (int i = 1; i <= 3; i++) {
			notifications.notify(me, NotificationKind.GENERIC_NEW_ITEM, "/items/" + i, "item:" + i);
		}
		long first = notifications.inbox(me, false, PageRequest.of(0, 10)).getContent().getFirst().getId();
		notifications.markRead(me, first);

		mvc.perform(get("/api/v1/notifications").param("unread", "true").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[*].read", Matchers.everyItem(Matchers.is(false))));
		mvc.perform(get("/api/v1/notifications").param("size", "2").param("page", "1").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.items.length()").value(1));
		mvc.perform(get("/api/v1/notifications").param("sort", "link,asc").with(user(me)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("sort"));
	}

	@Test
	void apiMarksTheCallersOwnNotificationRead() throws Exception {
		String me = username("me");
		notifications.notify(me, NotificationKind.NEW_REPORT, "/reports/21", "report:21:new");
		long id = notifications.inbox(me, false, PageRequest.of(0, 1)).getContent().getFirst().getId();

		mvc.perform(post("/api/v1/notifications/{id}/read", id).with(user(me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(String.valueOf(id)))
			.andExpect(jsonPath("$.read").value(true));

		assertThat(notifications.unreadCount(me)).isZero();
	}

	@Test
	void nobodyReadsOrMarksAnotherUsersNotification() throws Exception {
		String owner = username("owner");
		String intruder = username("intruder");
		notifications.notify(owner, NotificationKind.IDENTITY_REVEAL_REQUESTED, "/reveals/4", "reveal:4:requested");
		long id = notifications.inbox(owner, false, PageRequest.of(0, 1)).getContent().getFirst().getId();

		mvc.perform(post("/api/v1/notifications/{id}/read", id).with(user(intruder)).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOTIFICATION_NOT_FOUND"));
		mvc.perform(post("/api/v1/notifications/{id}/read", "x" + id).with(user(intruder)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/notifications").with(user(intruder)))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(post("/inbox/{id}/read", id).with(user(intruder)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inbox/{id}/open", id).with(user(intruder)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/inbox").with(user(intruder)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-notification-id=\"" + id + "\""))));
		mvc.perform(post("/api/v1/notifications/read-all").with(user(intruder)).with(csrf()))
			.andExpect(jsonPath("$.marked").value(0));

		assertThat(notifications.unreadCount(owner)).isEqualTo(1);
	}

	@Test
	void inboxPageListsNewestFirstWithUnreadInBoldAndTheInboxInTheNavigation() throws Exception {
		String me = username("me");
		notifications.notify(me, NotificationKind.NEW_REPORT, "/reports/31", "report:31:new");
		notifications.notify(me, NotificationKind.ASSIGNMENT_ESCALATED, "/assignments/32", "assignment:32:escalated");
		List<Notification> mine = notifications.inbox(me, false, PageRequest.of(0, 10)).getContent();
		long older = mine.stream().filter(n -> n.getKind() == NotificationKind.NEW_REPORT).findFirst().orElseThrow().getId();
		long newer = mine.stream().filter(n -> n.getKind() != NotificationKind.NEW_REPORT).findFirst().orElseThrow().getId();
		notifications.markRead(me, older);

		String html = mvc.perform(get("/inbox").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-nav=\"/inbox\"")))
			.andReturn().getResponse().getContentAsString();

		assertThat(html.indexOf("data-notification-id=\"" + newer + "\""))
			.isPositive()
			.isLessThan(html.indexOf("data-notification-id=\"" + older + "\""));
		assertThat(html).contains("class=\"fw-bold\">有超期未办结的交办事项提请您督办</a>")
			.contains("class=\"link-secondary\">您有一件新的信访举报待处理</a>")
			.contains("href=\"/inbox/" + newer + "/open\"");
	}

	@Test
	void htmxGetsTheListFragmentAndMarkAllReadEmptiesTheUnreadList() throws Exception {
		String me = username("me");
		notifications.notify(me, NotificationKind.NEW_REPORT, "/reports/41", "report:41:new");
		notifications.notify(me, NotificationKind.NEW_REPORT, "/reports/42", "report:42:new");

		mvc.perform(get("/inbox").param("unread", "true").header("HX-Request", "true").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.startsWith("<div id=\"inbox\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("<nav class=\"navbar"))));

		mvc.perform(post("/inbox/read-all").param("unread", "true").header("HX-Request", "true").with(user(me)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("没有未读消息")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-notification-id"))));

		assertThat(notifications.unreadCount(me)).isZero();
	}

	@Test
	void markingOneReadOnThePageWithoutHtmxRedirectsBackToTheInbox() throws Exception {
		String me = username("me");
		notifications.notify(me, NotificationKind.NEW_REPORT, "/reports/51", "report:51:new");
		long id = notifications.inbox(me, false, PageRequest.of(0, 1)).getContent().getFirst().getId();

		mvc.perform(post("/inbox/{id}/read", id).param("unread", "true").with(user(me)).with(csrf()))
			.andExpect(redirectedUrl("/inbox?unread=true&page=0"));

		assertThat(notifications.unreadCount(me)).isZero();
	}

	@Test
	void openingANotificationMarksItReadAndGoesToItsLink() throws Exception {
		String me = username("me");
		notifications.notify(me, NotificationKind.NEW_ASSIGNMENT, "/assignments?light=RED", "assignment:61:new");
		long id = notifications.inbox(me, false, PageRequest.of(0, 1)).getContent().getFirst().getId();

		mvc.perform(get("/inbox/{id}/open", id).with(user(me)))
			.andExpect(redirectedUrl("/assignments?light=RED"));

		assertThat(notifications.unreadCount(me)).isZero();
	}

	@Test
	void homePageShowsTheUnreadCountLinkingToTheInbox() throws Exception {
		String me = username("me");
		notifications.notify(List.of(me), NotificationKind.NEW_REPORT, "/reports/71", "report:71:new");
		notifications.notify(List.of(me), NotificationKind.NEW_REPORT, "/reports/72", "report:72:new");

		mvc.perform(get("/").with(user(me)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("href=\"/inbox?unread=true\"")))
			.andExpect(content().string(Matchers.containsString("未读消息")));
		mvc.perform(get("/").with(user(username("nobody"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/inbox?unread=true\""))));
	}

	/** Sends the user a last notice and waits until it arrives, so earlier deliveries have had their turn. */
	private void awaitDeliveriesTo(String username) {
		notifications.notify(username, NotificationKind.GENERIC_NEW_ITEM, "/inbox", "sentinel");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> sms.to(username).stream().anyMatch(s -> s.kind() == NotificationKind.GENERIC_NEW_ITEM));
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
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
