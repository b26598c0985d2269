package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;

/** The foundation's pages used as their users use them, in Chromium, with the demo district. */
class FoundationPagesBrowserTests extends BrowserTestSupport {

	@Test
	void administratorMarksAHolidayOnTheCalendarPage() {
		login("admin");
		page.navigate(url("/admin/calendar?year=2026"));
		assertThat(page.getByTestId("legend")).isVisible();
		screenshot("admin-calendar");

		page.locator("#day-date").fill("2026-12-31");
		page.locator("input[type=radio][value=HOLIDAY]").check();
		page.locator("#day-name").fill("Test holiday");
		page.locator("form[action$='/admin/calendar/days'] button[type=submit]").click();

		assertThat(page.getByTestId("saved")).isVisible();
		assertThat(page.getByTestId("selected-day")).containsText("Test holiday");
	}

	@Test
	void officerBrowsesTheOrgTreeToACadreAndSeesTheJurisdiction() {
		login("officer");
		page.navigate(url("/organization"));
		assertThat(page.locator("body")).containsText("演示区住房和城乡建设局");
		screenshot("organization-tree");

		page.navigate(url("/organization/cadres/C012"));
		assertThat(page.getByTestId("cadre-name")).hasText("陈刚");
		assertThat(page.getByTestId("jurisdiction")).isVisible();
	}

	@Test
	void administratorDownloadsTheRosterTemplate() {
		login("admin");
		page.navigate(url("/organization/import"));
		Download download = page.waitForDownload(() -> page.getByTestId("template-link").click());
		Path file = download.path();
		org.assertj.core.api.Assertions.assertThat(file.toFile().length()).isGreaterThan(1000);
		screenshot("organization-import");
	}

	@Test
	void auditorVerifiesTheAuditChain() {
		login("auditor");
		page.navigate(url("/audit"));
		page.getByTestId("audit-verify").click();
		assertThat(page.locator("body")).containsText("审计链完整");
		screenshot("auditor-audit");
	}
}
