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
 * Issue 4 end to end on the demo district: 和平社区's grid member reports an event with a photo on a phone; the
 * routing table sends it to 住建局; zjj-liaison signs, reports progress and submits with evidence; the office
 * rates it satisfied, which closes it, and the event shows 督查问效 with its rating.
 */
class GridBrowserTests extends BrowserTestSupport {

	@Test
	void aCommunityEventIsRoutedHandledFedBackAndRated() throws IOException {
		Path photo = Files.createTempFile("grid", ".png");
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.GRAY);
		g.fillRect(0, 0, 64, 48);
		g.dispose();
		ImageIO.write(image, "png", photo.toFile());
		Path evidence = Files.createTempFile("evidence", ".txt");
		Files.writeString(evidence, "围墙加固完成情况说明", StandardCharsets.UTF_8);

		onPhone();
		login("hpsq");
		page.navigate(url("/grid-events/new"));
		assertThat(page.locator("#areaUnitCode")).hasValue("HPSQ");
		page.locator("#categoryCode").selectOption("WGSX-01");
		page.locator("#place").fill("和平社区7号楼东侧");
		page.locator("#description").fill("浏览器测试：楼道外墙瓷砖松动脱落，存在高空坠物隐患");
		page.locator("#photos").setInputFiles(photo);
		page.locator("[data-testid=grid-submit]").click();
		assertThat(page.locator("[data-testid=grid-created]")).isVisible();
		assertThat(page.locator("[data-testid=grid-department]")).hasText("演示区住房和城乡建设局");
		assertThat(page.locator("[data-stage=DISPATCHED]").first()).isVisible();
		assertThat(page.locator("a[href*='/attachments/']")).hasCount(1);
		String eventUrl = page.url();
		onDesktop();
		context.clearCookies();

		login("zjj-liaison");
		page.navigate(eventUrl);
		String assignmentHref = page.locator("[data-testid=grid-assignment-link]").getAttribute("href");
		page.navigate(url(assignmentHref));
		page.locator("[data-testid=sign-form] button").click();
		assertThat(page.locator("[data-testid=step-done]")).isVisible();
		page.locator("#progress-text").fill("已设置警戒区，安排施工队");
		page.locator("#progress-percent").fill("60");
		page.locator("[data-testid=progress-form] button").click();
		page.locator("#submit-result").fill("松动瓷砖已全部清除并重新铺贴");
		page.locator("#submit-files").setInputFiles(evidence);
		page.locator("[data-testid=submit-form] button").click();
		assertThat(page.locator("[data-status=SUBMITTED]").first()).isVisible();
		page.navigate(eventUrl);
		assertThat(page.locator("[data-stage=FEEDBACK]").first()).isVisible();
		assertThat(page.locator("[data-testid=grid-rate-card]")).hasCount(0);
		context.clearCookies();

		login("officer");
		page.navigate(eventUrl);
		page.locator("[data-testid=grid-rating-SATISFIED]").check();
		page.locator("[data-testid=grid-rating-comment]").fill("处置及时，群众满意");
		page.locator("[data-testid=grid-rate-submit]").click();
		assertThat(page.locator("[data-testid=grid-done]")).isVisible();
		assertThat(page.locator("[data-stage=REVIEWED]").first()).isVisible();
		assertThat(page.locator("[data-testid=grid-rating]")).containsText("满意");
		assertThat(page.locator("[data-testid=grid-timeline] [data-action=RATED_SATISFIED]")).isVisible();
		context.clearCookies();

		login("hpsq");
		page.navigate(eventUrl);
		assertThat(page.locator("[data-stage=REVIEWED]").first()).isVisible();
		assertThat(page.locator("[data-testid=grid-rating]")).containsText("处置及时");
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
