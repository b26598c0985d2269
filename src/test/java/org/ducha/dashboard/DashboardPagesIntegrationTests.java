package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The dashboard page ({@code /dashboard}): its figures, the links from every figure to the list
 * behind it with the same period, the unit principal's own view, the refusals and the period
 * form's errors. The records are in February to April 2017, a month no other statistics test uses.
 */
class DashboardPagesIntegrationTests extends StatisticsIntegrationSupport {

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private String page(String from, String to, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/dashboard").param("from", from).param("to", to).with(who))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	@Test
	void leaderSeesEveryFigureLinkedToTheListBehindItForTheSamePeriod() throws Exception {
		fixtures.report("SURVEY", "ZFZD-04", d("2017-02-06"), d("2017-02-08"), null, null);
		fixtures.report("SURVEY", "ZFZD-04", d("2017-02-07"), null, null, null);
		fixtures.report("MEDIA", "ZFZD-04", d("2017-02-08"), null, null, null);
		fixtures.problem("JYJ", "BXGD-02-02", d("2017-02-09"), d("2017-02-20"), null);
		fixtures.decidedCase("C901", "JYJ", "测试甲", "科员", "事实", List.of("ADMONISHMENT"), 1, d("2017-02-21"), null);
		String html = page("2017-02-01", "2017-02-28", LEADER);
		assertThat(html).contains("data-testid=\"tile-received\"")
			.contains("/reports?receivedFrom=2017-02-01&amp;receivedTo=2017-02-28\"")
			.contains("/reports?acceptedFrom=2017-02-01&amp;acceptedTo=2017-02-28\"")
			.contains("/problems?foundFrom=2017-02-01&amp;foundTo=2017-02-28\"")
			.contains("/assignments?dueFrom=2017-02-01&amp;dueTo=2017-02-28&amp;kind=PROBLEM&amp;late=true\"")
			.contains("/accountability/cases?decidedFrom=2017-02-01&amp;decidedTo=2017-02-28\"");
		// the channel chart's rows: SURVEY 2, MEDIA 1, each linked to the reports of that channel
		assertThat(html).contains("data-code=\"SURVEY\" data-value=\"2\" "
				+ "data-href=\"/reports?receivedFrom=2017-02-01&amp;receivedTo=2017-02-28&amp;channel=SURVEY\"")
			.contains("data-code=\"MEDIA\" data-value=\"1\"");
		// the unit with problems and the four forms, linked to their lists
		assertThat(html).contains("data-code=\"JYJ\" data-value=\"1\" "
				+ "data-href=\"/problems?foundFrom=2017-02-01&amp;foundTo=2017-02-28&amp;unitCode=JYJ\"")
			.contains("data-code=\"1\" data-value=\"1\" "
				+ "data-href=\"/accountability/cases?decidedFrom=2017-02-01&amp;decidedTo=2017-02-28&amp;fourForm=1\"");
		// the 八项规定 row of the parent category counts its child and drills into the whole subtree
		assertThat(html).contains("data-code=\"BXGD-02\" data-value=\"1\" "
				+ "data-href=\"/problems?foundFrom=2017-02-01&amp;foundTo=2017-02-28&amp;categoryCode=BXGD-02&amp;withSubcategories=true\"");
		// month by month: the September row, each cell linked to that month's list
		assertThat(html).contains("data-month=\"2017-02\"")
			.contains("data-series=\"reportsReceived\" data-value=\"3\" "
				+ "data-href=\"/reports?receivedFrom=2017-02-01&amp;receivedTo=2017-02-28\"")
			.contains("data-series=\"casesDecided\" data-value=\"1\" "
				+ "data-href=\"/accountability/cases?decidedFrom=2017-02-01&amp;decidedTo=2017-02-28\"")
			.contains("data-testid=\"tile-tasksCreated\"");
		// the ranking shows all its units up to twenty, otherwise its first and last ten and a line between
		String ranking = mvc.perform(get("/api/v1/statistics/ranking").param("from", "2017-02-01")
			.param("to", "2017-02-28").with(LEADER)).andReturn().getResponse().getContentAsString();
		int ranked = com.jayway.jsonpath.JsonPath.<List<Object>>read(ranking, "$.items").size();
		assertThat(html.split("data-unit=\"", -1).length - 1).isEqualTo(Math.min(ranked, 20)).isPositive();
		assertThat(html.contains("data-testid=\"ranking-omitted\"")).isEqualTo(ranked > 20);
		assertThat(html).contains("data-testid=\"ranking\"")
			.doesNotContain("data-testid=\"own-rank\"");
	}

	@Test
	void unitPrincipalSeesHisUnitsFiguresAndRankButNoReportFigures() throws Exception {
		fixtures.report("SURVEY", "ZFZD-04", d("2017-03-04"), null, null, null);
		fixtures.problem("ZJJ", "ZFZD-04", d("2017-03-05"), d("2017-03-15"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2017-03-05"), d("2017-03-15"), null);
		String html = page("2017-03-01", "2017-03-31", ZJJ);
		assertThat(html).contains("data-testid=\"own-rank\"").contains("data-testid=\"own-rank-value\"")
			.contains("data-code=\"ZJJ\" data-value=\"1\"")
			.doesNotContain("data-code=\"SCJ\"")
			.doesNotContain("data-testid=\"tile-received\"")
			.doesNotContain("data-series=\"reportsReceived\"")
			.contains("data-series=\"problemsFound\" data-value=\"1\"")
			.doesNotContain("data-testid=\"chart-channels\"")
			.doesNotContain("data-testid=\"ranking\"");
	}

	@Test
	void theRankingExportsAsXlsxForTheDistrictRolesOnly() throws Exception {
		fixtures.problem("JYJ", "ZFZD-05", d("2017-04-09"), d("2017-04-11"), d("2017-04-10"));
		fixtures.problem("SCJ", "ZFZD-05", d("2017-04-09"), d("2017-04-11"), null);
		for (String path : List.of("/dashboard/ranking", "/api/v1/statistics/ranking")) {
			byte[] file = mvc.perform(get(path).param("format", "xlsx").param("from", "2017-04-01").param("to", "2017-04-30")
				.with(DIRECTOR)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new java.io.ByteArrayInputStream(file))) {
				org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
				assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("单位");
				org.apache.poi.ss.usermodel.Row last = sheet.getRow(sheet.getLastRowNum());
				assertThat(last.getCell(1).getStringCellValue()).isEqualTo("SCJ");
				assertThat(last.getCell(6).getNumericCellValue()).isEqualTo(1.0);
			}
			mvc.perform(get(path).param("format", "xlsx").param("from", "2017-04-01").param("to", "2017-04-30").with(ZJJ))
				.andExpect(status().isForbidden());
		}
		assertThat(page("2017-04-01", "2017-04-30", LEADER))
			.contains("/dashboard/ranking?format=xlsx&amp;from=2017-04-01&amp;to=2017-04-30");
	}

	@Test
	void dashboardIsRefusedToRolesWithoutStatistics() throws Exception {
		for (RequestPostProcessor who : List.of(INSPECTOR, INTAKE, ADMIN, ZJJ_LIAISON)) {
			mvc.perform(get("/dashboard").with(who)).andExpect(status().isForbidden());
		}
	}

	@Test
	void theDefaultPeriodRunsFromTheFirstOfJanuaryToToday() throws Exception {
		clock.setDate(d("2017-11-17"));
		String html = mvc.perform(get("/dashboard").with(OFFICER)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).contains("value=\"2017-01-01\"").contains("value=\"2017-11-17\"")
			.contains("/reports?receivedFrom=2017-01-01&amp;receivedTo=2017-11-17\"");
	}

	@Test
	void aBadDateIsShownBesideItsFieldAndNothingIsCounted() throws Exception {
		String html = page("2021-13-01", "2017-02-28", DIRECTOR);
		assertThat(html).contains("data-testid=\"from-error\"").contains("日期格式应为")
			.doesNotContain("data-testid=\"dashboard\"");
		html = page("2017-02-28", "2017-02-01", DIRECTOR);
		assertThat(html).contains("data-testid=\"to-error\"").doesNotContain("data-testid=\"dashboard\"");
	}

	@Test
	void theNavigationOffersTheDashboardToItsReadersOnly() throws Exception {
		String leader = mvc.perform(get("/").with(LEADER)).andReturn().getResponse().getContentAsString();
		String inspector = mvc.perform(get("/").with(INSPECTOR)).andReturn().getResponse().getContentAsString();
		assertThat(leader).contains("data-nav=\"/dashboard\"");
		assertThat(inspector).doesNotContain("data-nav=\"/dashboard\"");
	}
}
