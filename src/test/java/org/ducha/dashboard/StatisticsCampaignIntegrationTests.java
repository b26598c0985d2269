package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The summary and the dashboard narrowed to one campaign ({@code campaignId}): the reports, problems
 * and supervised tasks of campaign A are counted, those of campaign B and those of no campaign left
 * out; the figures whose records carry no campaign (overdue rectifications, decided cases) are
 * answered as not applicable; without the parameter nothing changes. Records in May and June 2016,
 * months no other statistics test uses.
 */
class StatisticsCampaignIntegrationTests extends StatisticsIntegrationSupport {

	private static final String FROM = "2016-05-01";
	private static final String TO = "2016-05-31";

	private long a;
	private long b;

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	@BeforeEach
	void campaigns() {
		a = campaign("统计测试专项A-" + System.nanoTime());
		b = campaign("统计测试专项B-" + System.nanoTime());
	}

	private long campaign(String name) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO campaign (name, start_date, end_date, all_units, taxonomy_code, version)
				VALUES (:name, DATE '2016-01-01', DATE '2016-12-31', TRUE, 'BXGD', 0)""")
			.param("name", name)
			.update(key, "id");
		return key.getKey().longValue();
	}

	/** Files the row of {@code table} inserted last under the campaign (null: none). */
	private void fileLast(String table, Long campaignId) {
		jdbc.sql("UPDATE " + table + " SET campaign_id = :c WHERE id = (SELECT MAX(id) FROM " + table + ")")
			.param("c", campaignId)
			.update();
	}

	private void records(String month) {
		for (Long c : new Long[] { a, b, null }) {
			fixtures.report("LETTER", "ZFZD-04", d(month + "-03"), d(month + "-04"), d(month + "-10"), d(month + "-12"));
			fileLast("report", c);
			fixtures.problem("SCJ", "BXGD-02-02", d(month + "-05"), d(month + "-15"), d(month + "-20"));
			fileLast("problem", c);
			fixtures.task("SCJ", List.of(), d(month + "-06"), d(month + "-25"), d(month + "-24"));
			fileLast("supervised_task", c);
		}
		// a campaign A report and problem of another channel / unit, to see the breakdowns narrowed
		fixtures.report("ONLINE", "BXGD-02-02", d(month + "-07"), null, null, null);
		fileLast("report", a);
		fixtures.problem("JYJ", "ZFZD-03", d(month + "-08"), d(month + "-18"), null);
		fileLast("problem", a);
		fixtures.decidedCase("C901", "SCJ", "测试乙", "科员", "事实", List.of("ADMONISHMENT"), 1, d(month + "-21"), null);
	}

	private ResultActions summary(Long campaignId) throws Exception {
		var request = get("/api/v1/statistics/summary").param("from", FROM).param("to", TO).with(LEADER);
		if (campaignId != null) {
			request.param("campaignId", String.valueOf(campaignId));
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	@Test
	void countsOnlyTheRecordsOfTheCampaignAndSaysWhichFiguresDoNotApply() throws Exception {
		records("2016-05");
		summary(a)
			.andExpect(jsonPath("$.campaignId").value(a))
			.andExpect(jsonPath("$.reports.received").value(2))
			.andExpect(jsonPath("$.reports.accepted").value(1))
			.andExpect(jsonPath("$.reports.concluded").value(1))
			.andExpect(jsonPath("$.reports.answered").value(1))
			.andExpect(jsonPath("$.reportsByChannel.LETTER").value(1))
			.andExpect(jsonPath("$.reportsByChannel.ONLINE").value(1))
			.andExpect(jsonPath("$.reportsByCategory['ZFZD-04']").value(1))
			.andExpect(jsonPath("$.problems.found").value(2))
			.andExpect(jsonPath("$.problems.closed").value(1))
			.andExpect(jsonPath("$.problems.overdue").doesNotExist())
			.andExpect(jsonPath("$.problemsByUnit.SCJ").value(1))
			.andExpect(jsonPath("$.problemsByUnit.JYJ").value(1))
			.andExpect(jsonPath("$.problemsByCategory['BXGD-02-02']").value(1))
			.andExpect(jsonPath("$.eightRules[?(@.code == 'BXGD-02-02')].problems").value(contains(1)))
			.andExpect(jsonPath("$.tasks.created").value(1))
			.andExpect(jsonPath("$.tasks.completed").value(1))
			.andExpect(jsonPath("$.tasks.overdue").value(0))
			.andExpect(jsonPath("$.cases").doesNotExist())
			.andExpect(jsonPath("$.notApplicable").value(contains("problems.overdue", "cases")));
		summary(b)
			.andExpect(jsonPath("$.reports.received").value(1))
			.andExpect(jsonPath("$.problems.found").value(1))
			.andExpect(jsonPath("$.problemsByUnit.JYJ").doesNotExist())
			.andExpect(jsonPath("$.tasks.created").value(1));
		// without the parameter: every record, every figure, and no campaign fields
		summary(null)
			.andExpect(jsonPath("$.reports.received").value(4))
			.andExpect(jsonPath("$.problems.found").value(4))
			.andExpect(jsonPath("$.problems.overdue").value(4))
			.andExpect(jsonPath("$.tasks.created").value(3))
			.andExpect(jsonPath("$.cases.decided").value(1))
			.andExpect(jsonPath("$.campaignId").doesNotExist())
			.andExpect(jsonPath("$.notApplicable").doesNotExist());
	}

	@Test
	void anUnknownCampaignIsAValidationError() throws Exception {
		mvc.perform(get("/api/v1/statistics/summary").param("from", FROM).param("to", TO)
				.param("campaignId", "987654321").with(LEADER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("campaignId"))
			.andExpect(jsonPath("$.errors[0].message").exists());
		// the monthly figures and the ranking are not narrowed by campaign: refused, never unfiltered
		for (String path : new String[] { "/api/v1/statistics/monthly", "/api/v1/statistics/ranking" }) {
			mvc.perform(get(path).param("from", FROM).param("to", TO).param("campaignId", String.valueOf(a)).with(LEADER))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
				.andExpect(jsonPath("$.errors[0].field").value("campaignId"));
		}
	}

	@Test
	void theDashboardOffersTheCampaignsAndKeepsTheChosenOneInItsLinks() throws Exception {
		records("2016-06");
		String from = "2016-06-01";
		String to = "2016-06-30";
		String all = mvc.perform(get("/dashboard").param("from", from).param("to", to).with(LEADER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(all).contains("data-testid=\"period-campaign\"")
			.contains("<option value=\"" + a + "\"")
			.contains("data-testid=\"tile-decided\"")
			.contains("data-testid=\"ranking\"")
			.doesNotContain("data-testid=\"campaign-note\"")
			.doesNotContain("campaignId=");
		String html = mvc.perform(get("/dashboard").param("from", from).param("to", to)
				.param("campaignId", String.valueOf(a)).with(LEADER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(html).contains("<option value=\"" + a + "\" selected=\"selected\"")
			.contains("data-testid=\"campaign-note\"")
			.contains("/reports?receivedFrom=" + from + "&amp;receivedTo=" + to + "&amp;campaignId=" + a + "\"")
			.contains("/problems?foundFrom=" + from + "&amp;foundTo=" + to + "&amp;campaignId=" + a + "\"")
			.contains("data-code=\"JYJ\" data-value=\"1\" data-href=\"/problems?foundFrom=" + from + "&amp;foundTo=" + to
					+ "&amp;campaignId=" + a + "&amp;unitCode=JYJ\"")
			// not narrowed by campaign: left out, not shown unfiltered
			.doesNotContain("data-testid=\"tile-overdue\"")
			.doesNotContain("data-testid=\"tile-decided\"")
			.doesNotContain("data-testid=\"chart-fourForms\"")
			.doesNotContain("data-testid=\"chart-monthly\"")
			.doesNotContain("data-testid=\"ranking\"");
		String unknown = mvc.perform(get("/dashboard").param("from", from).param("to", to)
				.param("campaignId", "987654321").with(LEADER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(unknown).contains("data-testid=\"campaign-error\"").doesNotContain("data-testid=\"dashboard\"");
	}
}
