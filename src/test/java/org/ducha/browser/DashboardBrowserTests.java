package org.ducha.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.Test;

/**
 * SPEC §10's dashboard on the demo district: the leader clicks a bar of the channel chart and lands
 * on the report list of that channel and period, with as many reports as the bar said; zjj (住建局
 * principal) sees his units' figures and 住建局's rank, and no report figures.
 */
class DashboardBrowserTests extends BrowserTestSupport {

	@Test
	void theLeaderDrillsFromAChannelBarToTheReportListBehindIt() {
		login("leader");
		page.navigate(url("/dashboard"));
		Locator chart = page.getByTestId("chart-channels");
		assertThat(chart.locator(".dashboard-chart")).hasAttribute("data-drawn", "true");
		assertThat(page.getByTestId("chart-monthly").locator(".dashboard-chart")).hasAttribute("data-drawn", "true");
		Locator firstRow = chart.locator("tbody tr").first();
		String channel = firstRow.getAttribute("data-code");
		int count = Integer.parseInt(firstRow.getAttribute("data-value"));
		org.assertj.core.api.Assertions.assertThat(count).isPositive().isLessThanOrEqualTo(20);
		screenshot("dashboard");

		// the middle of the first bar, in viewport coordinates, from the chart itself (scrolled into view)
		chart.locator(".dashboard-chart").scrollIntoViewIfNeeded();
		@SuppressWarnings("unchecked")
		List<Number> point = (List<Number>) chart.locator(".dashboard-chart").evaluate("""
				(el, value) => {
				  const c = echarts.getInstanceByDom(el);
				  const [x, y] = c.convertToPixel({ seriesIndex: 0 }, [value / 2, 0]);
				  const r = el.getBoundingClientRect();
				  return [r.left + x, r.top + y];
				}""", count);
		page.mouse().click(point.get(0).doubleValue(), point.get(1).doubleValue());
		page.waitForURL(u -> u.contains("/reports?") && u.contains("channel=" + channel));
		org.assertj.core.api.Assertions.assertThat(page.url()).contains("receivedFrom=").contains("receivedTo=");
		assertThat(page.locator("tr[data-report-id]")).hasCount(count);
	}

	@Test
	void aUnitPrincipalSeesHisUnitsFiguresAndItsRank() {
		login("zjj");
		page.navigate(url("/dashboard"));
		assertThat(page.getByTestId("own-rank")).containsText("住房和城乡建设局");
		assertThat(page.getByTestId("own-rank-value")).isVisible();
		assertThat(page.getByTestId("tile-found")).isVisible();
		assertThat(page.getByTestId("tile-received")).hasCount(0);
		assertThat(page.getByTestId("chart-channels")).hasCount(0);
		assertThat(page.getByTestId("ranking")).hasCount(0);
	}

	@Test
	void aWrongDateIsToldBesideItsField() {
		login("director");
		page.navigate(url("/dashboard"));
		page.getByTestId("period-from").fill("2026-12-31");
		page.getByTestId("period-to").fill("2026-01-01");
		page.getByTestId("period-show").click();
		assertThat(page.getByTestId("to-error")).isVisible();
		assertThat(page.getByTestId("dashboard")).hasCount(0);
	}
}
