package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;
import org.ducha.notification.Notification;
import org.ducha.notification.Notifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * A citizen's anonymous report with a photo, from the public page on a phone to a rated answer,
 * worked by the office in between; the accused cadre 周强 (zjj) and the users of his unit 住建局
 * (zjj-liaison, chengang) find no trace of it anywhere they can look.
 */
class ReportBrowserTests extends BrowserTestSupport {

	static final List<String> ACCUSED_SIDE = List.of("zjj", "zjj-liaison", "chengang");
	static final String SUBJECT = "住建局局长周强违规收受开发商礼金";
	static final String PIN = "Citizen#2026";
	static final String ANSWER = "经核查，反映的问题属实，已责令整改并依规处理。";
	static final String REPLY = "整改结果将于本月底在区纪委监委网站公布。";

	@Autowired
	Notifications notifications;

	@Test
	void aCitizensAnonymousReportIsAnsweredAndRatedWhileTheAccusedSideFindsNoTraceOfIt() throws IOException {
		Map<String, String> figuresBefore = new HashMap<>();
		Map<String, Long> inboxBefore = new HashMap<>();
		for (String user : ACCUSED_SIDE) {
			login(user);
			page.navigate(url("/"));
			figuresBefore.put(user, page.locator("main").innerText());
			inboxBefore.put(user, notifications.inbox(user, false, PageRequest.of(0, 1)).getTotalElements());
			context.clearCookies();
		}

		Path photo = Files.createTempFile("photo", ".png");
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 64, 48);
		g.setColor(Color.BLUE);
		g.fillOval(16, 8, 32, 32);
		g.dispose();
		ImageIO.write(image, "png", photo.toFile());

		BrowserContext phoneContext = phoneContext();
		Page phone = phoneContext.newPage();
		phone.setDefaultTimeout(15_000);
		String trackingNumber;
		String queryCode;
		try {
			phone.navigate(url("/public/report"));
			phone.locator("#anonymousYes").check();
			phone.locator("#pin").fill(PIN);
			phone.locator("#pinRepeat").fill(PIN);
			phone.locator("[name='accused[0].name']").fill("周强");
			phone.locator("[name='accused[0].unitName']").fill("演示区住房和城乡建设局");
			phone.locator("[name='accused[0].position']").fill("局长");
			phone.locator("#accusedUnitCodes").selectOption("ZJJ");
			phone.locator("#categoryCode").selectOption(new SelectOption().setIndex(1));
			phone.locator("#subject").fill(SUBJECT);
			phone.locator("#content").fill("今年春节前，周强在办公室收受某开发商送来的礼金，照片为当时拍下的现场。");
			phone.locator("#files").setInputFiles(photo);
			phone.locator("[data-testid=public-report-form] button[type=submit]").last().click();
			assertThat(phone.locator("[data-testid=query-code]")).isVisible();
			trackingNumber = phone.locator("[data-testid=tracking-number]").innerText().trim();
			queryCode = phone.locator("[data-testid=query-code]").innerText().trim();
		}
		finally {
			phoneContext.close();
		}

		login("officer");
		page.navigate(url("/reports?status=RECEIVED"));
		page.locator("[data-testid=report-table] a:text-is('" + trackingNumber + "')").click();
		page.waitForURL(u -> u.matches(".*/reports/\\d+$"));
		String reportPath = page.url().substring(page.url().indexOf("/reports/"));
		assertThat(page.locator("[data-testid=accused-list]")).containsText("C010");
		page.locator("[data-action=accept]").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		page.locator("#disposal-method").selectOption("VERIFICATION");
		page.locator("#disposal-handler").selectOption("officer");
		page.locator("#disposal-reason").fill("线索具体，需要初步核实");
		page.locator("[data-action=disposal]").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		context.clearCookies();

		login("director");
		page.navigate(url(reportPath));
		page.locator("[data-action=disposal-approve]").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		context.clearCookies();

		login("officer");
		page.navigate(url(reportPath));
		page.locator("#finding").selectOption("SUBSTANTIATED");
		page.locator("#summary").fill("经调取记录、谈话核实，收受礼金问题属实。");
		page.locator("[data-action=conclude]").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		page.locator("#answer-text").fill(ANSWER);
		page.locator("[data-action=answer]").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		context.clearCookies();

		phoneContext = phoneContext();
		phone = phoneContext.newPage();
		phone.setDefaultTimeout(15_000);
		try {
			followUp(phone, queryCode);
			assertThat(phone.locator("[data-testid=tracking-number]")).hasText(trackingNumber);
			assertThat(phone.locator("[data-testid=public-answer]")).containsText(ANSWER);
			phone.locator("#message-text").fill("谢谢，请问整改结果何时公布？");
			phone.locator("[data-testid=public-message-form] button").click();
			assertThat(phone.locator("[data-testid=step-done]")).isVisible();
			assertThat(phone.locator("[data-testid=public-messages]")).containsText("整改结果何时公布");
			phone.locator("[data-testid=rating-form] input[name=rating]").first().check();
			phone.locator("#rating-comment").fill("办理及时");
			phone.locator("[data-testid=rating-form] button").click();
			assertThat(phone.locator("[data-testid=step-done]")).isVisible();
			assertThat(phone.locator("[data-testid=rating-form]")).hasCount(0);
			phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("public-followup-phone.png")));
		}
		finally {
			phoneContext.close();
		}

		login("officer");
		page.navigate(url(reportPath));
		assertThat(page.locator("[data-testid=messages-card]")).containsText("整改结果何时公布");
		assertThat(page.locator("[data-testid=attachment-list]")).containsText(photo.getFileName().toString());
		assertThat(page.locator("[data-testid=outcome-card]")).containsText("满意");
		assertThat(page.locator("[data-testid=outcome-card]")).containsText("办理及时");
		page.locator("#message-text").fill(REPLY);
		page.locator("[data-testid=message-form] button[type=submit]").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		assertThat(page.locator("[data-testid=messages-card]")).containsText(REPLY);
		assertThat(page.locator("[data-testid=timeline]")).isVisible();
		screenshot("report-page");
		context.clearCookies();

		phoneContext = phoneContext();
		phone = phoneContext.newPage();
		phone.setDefaultTimeout(15_000);
		try {
			followUp(phone, queryCode);
			assertThat(phone.locator("[data-testid=public-messages]")).containsText(REPLY);
			assertThat(phone.locator("[data-testid=rating-form]")).hasCount(0);
		}
		finally {
			phoneContext.close();
		}

		for (String user : ACCUSED_SIDE) {
			login(user);
			Response list = page.navigate(url("/reports"));
			assertThat(list.status()).as(user + " report list").isIn(200, 403, 404);
			assertThat(page.content()).as(user + " report list").doesNotContain(trackingNumber).doesNotContain(SUBJECT);
			Response search = page.navigate(url("/reports?q=" + java.net.URLEncoder.encode("周强", java.nio.charset.StandardCharsets.UTF_8)));
			assertThat(search.status()).as(user + " report search").isIn(200, 403, 404);
			assertThat(page.content()).as(user + " report search").doesNotContain(trackingNumber).doesNotContain(SUBJECT);

			page.navigate(url("/"));
			assertThat(page.locator("main").innerText()).as(user + " home figures").isEqualTo(figuresBefore.get(user));

			page.navigate(url("/inbox"));
			assertThat(page.content()).as(user + " inbox").doesNotContain(trackingNumber).doesNotContain(reportPath);
			List<Notification> inbox = notifications.inbox(user, false, PageRequest.of(0, 100)).getContent();
			assertThat(inbox).as(user + " notifications").noneMatch(n -> n.getLink() != null && n.getLink().contains(reportPath));
			assertThat((long) inbox.size()).as(user + " notification count").isEqualTo(inboxBefore.get(user));

			int missing = page.navigate(url("/reports/999999999")).status();
			Response view = page.navigate(url(reportPath));
			assertThat(view.status()).as(user + " report page answers as a missing report").isEqualTo(missing);
			assertThat(view.status()).as(user + " report page").isEqualTo(list.status() == 200 ? 404 : list.status());
			assertThat(page.content()).as(user + " report page").doesNotContain(trackingNumber).doesNotContain(SUBJECT);
			context.clearCookies();
		}
	}

	/** A phone-sized browser context, as a citizen's phone. */
	private BrowserContext phoneContext() {
		return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
			.setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true).setLocale("zh-CN"));
	}

	/** Opens the follow-up page with the query code and the PIN. */
	private void followUp(Page phone, String queryCode) {
		phone.navigate(url("/public/follow-up"));
		phone.locator("#queryCode").fill(queryCode);
		phone.locator("#pin").fill(PIN);
		phone.locator("[data-testid=follow-up-form] button[type=submit]").click();
	}
}
