package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.Test;

/**
 * Issue 4 end to end on the demo district: the inspector records a finding with a photo on a phone; the office
 * turns it into a problem for 住建局; zjj-liaison signs, reports progress and submits with evidence; the office
 * returns it once; the liaison resubmits; the office closes it and the problem shows 已销号.
 */
class ProblemBrowserTests extends BrowserTestSupport {

	@Test
	void aFindingBecomesAProblemThatTheUnitRectifiesThroughAReturnToItsClosing() throws IOException {
		Path photo = Files.createTempFile("finding", ".png");
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.ORANGE);
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		ImageIO.write(image, "png", photo.toFile());
		Path evidence = Files.createTempFile("evidence", ".txt");
		Files.writeString(evidence, "整改完成情况说明", StandardCharsets.UTF_8);
		String description = "浏览器测试：办事大厅住建窗口工作人员上班时间玩手机，群众排队无人受理";

		onPhone();
		login("inspector");
		page.navigate(url("/inspection-findings/new"));
		page.locator("#unitCode").selectOption("ZJJ");
		page.locator("#categoryCode").selectOption(new com.microsoft.playwright.options.SelectOption().setIndex(1));
		page.locator("#place").fill("政务服务中心二楼住建窗口");
		page.locator("#description").fill(description);
		page.locator("#photos").setInputFiles(photo);
		screenshot("inspector-finding-phone");
		page.locator("[data-testid=finding-submit]").click();
		assertThat(page.locator("[data-testid=finding-recorded]")).isVisible();
		assertThat(page.locator("a[href*='/attachments/']")).hasCount(1);
		String findingUrl = page.url();
		onDesktop();

		login("officer");
		page.navigate(findingUrl);
		page.locator("[data-testid=finding-convert]").click();
		assertThat(page.locator("[data-testid=from-finding]")).isVisible();
		assertThat(page.locator("#unitCode")).hasValue("ZJJ");
		assertThat(page.locator("#description")).hasValue(description);
		page.locator("#measures").fill("约谈窗口负责人，修订窗口考勤制度");
		page.locator("[data-testid=problem-submit]").click();
		assertThat(page.locator("[data-testid=problem-created]")).isVisible();
		assertThat(page.locator("[data-status=OPEN]")).isVisible();
		String problemUrl = page.url();
		String assignmentHref = page.locator("[data-testid=assignment-link]").getAttribute("href");
		String assignmentId = assignmentHref.substring(assignmentHref.lastIndexOf('/') + 1);
		page.navigate(findingUrl);
		assertThat(page.locator("[data-testid=finding-problem]")).isVisible();
		context.clearCookies();

		login("zjj-liaison");
		page.navigate(url("/assignments/todo"));
		assertThat(page.locator("[data-assignment-id='" + assignmentId + "']")).isVisible();
		page.locator("[data-assignment-id='" + assignmentId + "'] a").first().click();
		assertThat(page.locator("[data-testid=instructions]")).isVisible();
		page.locator("[data-testid=sign-form] button").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		page.locator("#progress-text").fill("已约谈窗口负责人");
		page.locator("#progress-percent").fill("60");
		page.locator("[data-testid=progress-form] button").click();
		assertThat(page.locator("[data-testid=progress-reports]")).containsText("已约谈窗口负责人");
		page.locator("#submit-result").fill("整改完毕，考勤制度已修订");
		page.locator("#submit-files").setInputFiles(evidence);
		page.locator("[data-testid=submit-form] button").click();
		assertThat(page.locator("[data-status=SUBMITTED]").first()).isVisible();
		context.clearCookies();

		login("officer");
		page.navigate(url("/assignments/" + assignmentId));
		assertThat(page.locator("[data-testid=evidence]")).isVisible();
		page.locator("#return-reason").fill("佐证材料不足，请补充考勤记录");
		page.locator("[data-testid=return-form] button").click();
		assertThat(page.locator("[data-testid=returned-count]")).hasText("1");
		page.navigate(problemUrl);
		assertThat(page.locator("[data-testid=problem-title]")).isVisible();
		assertThat(page.locator("[data-status=CLOSED]")).hasCount(0);
		context.clearCookies();

		login("zjj-liaison");
		page.navigate(url("/assignments/" + assignmentId));
		page.locator("#progress-text").fill("补充考勤记录");
		page.locator("#progress-percent").fill("100");
		page.locator("[data-testid=progress-form] button").click();
		page.locator("#submit-result").fill("已补充近一个月考勤记录");
		page.locator("#submit-files").setInputFiles(evidence);
		page.locator("[data-testid=submit-form] button").click();
		assertThat(page.locator("[data-status=SUBMITTED]").first()).isVisible();
		context.clearCookies();

		login("officer");
		page.navigate(url("/assignments/" + assignmentId));
		page.locator("[data-testid=close-form] button").click();
		assertThat(page.locator("[data-status=CLOSED]").first()).isVisible();
		assertThat(page.locator("[data-testid=timeline] [data-step=RETURNED]")).isVisible();
		page.navigate(problemUrl);
		assertThat(page.locator("[data-status=CLOSED]")).hasText("已销号");
		assertThat(page.locator("[data-testid=problem-closed-on]")).isVisible();
		assertThat(page.locator("[data-testid=problem-description]")).hasText(description);
		screenshot("problem-closed");
	}

	private void onPhone() {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("zh-CN"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}

	private void onDesktop() {
		context.close();
		context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1366, 768).setLocale("zh-CN"));
		page = context.newPage();
		page.setDefaultTimeout(15_000);
	}
}
