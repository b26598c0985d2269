package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The officer creates a supervised task with three milestones scheduled backwards from its deadline
 * and finds them on the chart with the dates of the 2026 calendar. The district's clock is fixed on
 * Monday 2026-09-14 so the dates cross the National Day holiday and its make-up Saturday.
 */
@Import(SupervisedTaskBrowserTests.FixedClock.class)
class SupervisedTaskBrowserTests extends BrowserTestSupport {

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock supervisionBrowserClock() {
			ZoneId zone = ZoneId.of("Asia/Shanghai");
			return Clock.fixed(LocalDate.of(2026, 9, 14).atTime(10, 0).atZone(zone).toInstant(), zone);
		}
	}

	@Test
	void officerCreatesATaskScheduledBackwardsAndTheChartShowsItsMilestoneDates() {
		login("officer");
		page.navigate(url("/tasks/new"));
		page.locator("#title").fill("创业园标准化厂房二期");
		page.locator("#sourceName").fill("区政府第15次常务会议");
		page.locator("#itemNumber").fill("2");
		page.locator("#leadUnitCode").selectOption("ZJJ");
		page.locator("#coUnitCodes").selectOption("SCJ");
		page.locator("#responsibleCadreNo").selectOption("C004");
		page.locator("#deadline").fill("2026-10-15");
		String[][] milestones = { { "完成施工招标", "15" }, { "主体完工", "5" }, { "竣工验收", "0" } };
		for (int i = 0; i < milestones.length; i++) {
			page.getByTestId("milestone-name-" + i).fill(milestones[i][0]);
			page.getByTestId("milestone-days-" + i).fill(milestones[i][1]);
			page.getByTestId("milestone-days-" + i).dispatchEvent("change");
		}
		// The preview swaps only the date cells: what was typed stays in every row.
		for (int i = 0; i < milestones.length; i++) {
			assertThat(page.getByTestId("milestone-name-" + i)).hasValue(milestones[i][0]);
			assertThat(page.getByTestId("milestone-days-" + i)).hasValue(milestones[i][1]);
		}
		assertThat(page.getByTestId("milestone-preview-0")).hasText("2026-09-18");
		assertThat(page.getByTestId("milestone-preview-1")).hasText("2026-10-09");
		assertThat(page.getByTestId("milestone-preview-2")).hasText("2026-10-15");
		page.locator("input[name='targets[0].metric']").fill("标准化厂房");
		page.locator("input[name='targets[0].measureUnit']").fill("m²");
		page.locator("input[name='targets[0].targetValue']").fill("30000");
		page.getByTestId("task-submit").click();

		assertThat(page.getByTestId("task-title")).hasText("创业园标准化厂房二期");
		assertThat(page.getByTestId("unit-table")).containsText("演示区住房和城乡建设局");
		assertThat(page.getByTestId("unit-table")).containsText("演示区市场监督管理局");
		String taskId = page.url().replaceAll(".*/tasks/", "");

		page.navigate(url("/tasks/chart?unitCode=ZJJ"));
		Locator row = page.locator("g.task-row[data-task-id='" + taskId + "']");
		assertThat(row).hasCount(1);
		assertThat(row.locator("g.milestone")).hasCount(3);
		assertThat(row.locator("g.milestone[data-milestone-name='完成施工招标']")).hasAttribute("data-milestone-date", "2026-09-18");
		assertThat(row.locator("g.milestone[data-milestone-name='主体完工']")).hasAttribute("data-milestone-date", "2026-10-09");
		assertThat(row.locator("g.milestone[data-milestone-name='竣工验收']")).hasAttribute("data-milestone-date", "2026-10-15");
		assertThat(row.locator("text.milestone-date")).hasText(new String[] { "09-18", "10-09", "10-15" });
		screenshot("tasks-chart");
	}
}
