package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * Issue 6 end to end on the demo district, with a clock the test moves: the officer schedules a
 * meeting with three principals and 孙丽 deciding leave; zjj asks for leave with 吴芳 as substitute;
 * sunli approves; at the meeting the officer checks in 钱进 present and 吴芳 for 周强, leaves 杨帆
 * unrecorded and closes; the notice names each with the right status.
 */
@Import(MeetingBrowserTests.Clocks.class)
class MeetingBrowserTests extends BrowserTestSupport {

	static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");
	static final LocalDateTime START = LocalDateTime.of(2026, 9, 14, 10, 0);

	/** A clock the test sets; it starts on Monday 2026-09-14, 10:00 in the district. */
	static class TestClock extends Clock {

		private volatile Instant now = START.atZone(DISTRICT).toInstant();

		void set(LocalDateTime time) {
			now = time.atZone(DISTRICT).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return DISTRICT;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		TestClock meetingBrowserClock() {
			return new TestClock();
		}
	}

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.set(START);
	}

	@Test
	void aMeetingIsScheduledLeaveApprovedAttendanceCheckedInAndNoticed() {
		String title = "浏览器测试：城市更新工作推进会";
		login("officer");
		page.navigate(url("/meetings"));
		page.locator("[data-testid=meeting-new]").click();
		page.locator("#title").fill(title);
		page.locator("#startsAt").fill("2026-09-16T09:00");
		page.locator("#place").fill("区行政中心第一会议室");
		page.locator("#leaderCadreNo").selectOption("C004");
		page.locator("#unitCodes").selectOption(new String[] { "ZJJ", "SCJ", "JYJ" });
		screenshot("meeting-form");
		page.locator("[data-testid=meeting-submit]").click();
		assertThat(page.locator("[data-testid=meeting-title]")).hasText(title);
		assertThat(page.locator("[data-testid=meeting-leader]")).hasText("孙丽");
		assertThat(page.locator("[data-testid=attendee-table] tbody tr")).hasCount(3);
		String meetingUrl = page.url();
		context.clearCookies();

		login("zjj");
		page.navigate(meetingUrl);
		page.locator("#cadreNo").selectOption("C010");
		page.locator("#reason").fill("赴省住建厅汇报城市更新试点工作");
		page.locator("#substituteCadreNo").selectOption("C011");
		page.locator("[data-testid=leave-submit]").click();
		assertThat(page.locator("[data-testid=done]")).isVisible();
		assertThat(page.locator("[data-testid=leave-table] [data-leave=PENDING]")).isVisible();
		context.clearCookies();

		login("sunli");
		page.navigate(url("/meetings"));
		assertThat(page.locator("[data-testid=pending-leave]")).containsText(title);
		page.locator("[data-testid=pending-leave] a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
		page.locator("[data-testid^=approve-]").click();
		assertThat(page.locator("[data-testid=leave-table] [data-leave=APPROVED]")).isVisible();
		context.clearCookies();

		clock.set(LocalDateTime.of(2026, 9, 16, 9, 10));
		login("officer");
		page.navigate(meetingUrl);
		page.locator("label[for=mark-C020-PRESENT]").click();
		page.locator("label[for=mark-C010-SUBSTITUTE]").click();
		screenshot("meeting-check-in");
		page.locator("[data-testid=check-in-save]").click();
		assertThat(page.locator("[data-testid=attendance-C010] [data-attendance=SUBSTITUTE_APPROVED]")).isVisible();
		assertThat(page.locator("[data-testid=attendance-C020] [data-attendance=PRESENT]")).isVisible();
		page.locator("[data-testid=close-check-in]").click();
		assertThat(page.locator("[data-status=HELD]")).isVisible();
		assertThat(page.locator("[data-testid=attendance-C040] [data-attendance=ABSENT]")).isVisible();

		page.locator("[data-testid=meeting-notice]").click();
		assertThat(page.locator("[data-testid=notice] h1")).hasText("关于《" + title + "》参会情况的通报");
		assertThat(page.locator("[data-testid=notice-ABSENT]")).hasText("缺席：演示区教育局杨帆（局长）。");
		assertThat(page.locator("[data-testid=notice-SUBSTITUTE_APPROVED]"))
			.hasText("经批准委托他人参会：演示区住房和城乡建设局周强（局长），由吴芳（副局长）代为参会。");
		assertThat(page.locator("[data-testid=notice-part]")).containsText("应参会3人，出席1人");
		assertThat(page.locator("[data-testid=notice-LATE]")).hasCount(0);
		screenshot("meeting-notice");
	}
}
