package org.ducha.dashboard;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The statistics with the cache on (as in production, 60 s): the figures are kept, and never handed
 * from one caller to another of a different scope or visibility.
 */
@TestPropertySource(properties = "ducha.statistics.cache-ttl=PT60S")
class StatisticsCacheIntegrationTests extends StatisticsIntegrationSupport {

	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private ResultActions summary(String from, String to, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/statistics/summary").param("from", from).param("to", to).with(who))
			.andExpect(status().isOk());
	}

	@Test
	void callersOfDifferentScopesNeverSeeEachOthersKeptFigures() throws Exception {
		fixtures.problem("ZJJ", "ZFZD-04", d("2023-07-03"), d("2023-07-28"), null);
		fixtures.problem("ZJJ", "ZFZD-04", d("2023-07-04"), d("2023-07-28"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2023-07-05"), d("2023-07-28"), null);
		fixtures.report("LETTER", "ZFZD-04", d("2023-07-06"), null, null, null);

		// each caller first: each gets the figures of his own scope
		summary("2023-07-01", "2023-07-31", LEADER)
			.andExpect(jsonPath("$.scope").value("DISTRICT"))
			.andExpect(jsonPath("$.problems.found").value(3))
			.andExpect(jsonPath("$.reports.received").value(1));
		summary("2023-07-01", "2023-07-31", ZJJ)
			.andExpect(jsonPath("$.scope").value("UNIT"))
			.andExpect(jsonPath("$.reports").value(nullValue()))
			.andExpect(jsonPath("$.problems.found").value(2))
			.andExpect(jsonPath("$.problemsByUnit.SCJ").doesNotExist());
		summary("2023-07-01", "2023-07-31", SCJ)
			.andExpect(jsonPath("$.scope").value("UNIT"))
			.andExpect(jsonPath("$.reports").value(nullValue()))
			.andExpect(jsonPath("$.problems.found").value(1))
			.andExpect(jsonPath("$.problemsByUnit.ZJJ").doesNotExist());

		// a problem found after those reads: the kept figures stay (the cache is on) …
		fixtures.problem("ZJJ", "ZFZD-04", d("2023-07-10"), d("2023-07-28"), null);
		summary("2023-07-01", "2023-07-31", LEADER).andExpect(jsonPath("$.problems.found").value(3));
		summary("2023-07-01", "2023-07-31", ZJJ).andExpect(jsonPath("$.problems.found").value(2));
		summary("2023-07-01", "2023-07-31", SCJ)
			.andExpect(jsonPath("$.problems.found").value(1))
			.andExpect(jsonPath("$.problemsByUnit.ZJJ").doesNotExist());

		// … and a caller asking for the first time gets figures of his own, never another's kept ones
		summary("2023-07-01", "2023-07-31", OFFICER)
			.andExpect(jsonPath("$.scope").value("DISTRICT"))
			.andExpect(jsonPath("$.problems.found").value(4))
			.andExpect(jsonPath("$.reports.received").value(1));
		summary("2023-07-01", "2023-07-31", DIRECTOR).andExpect(jsonPath("$.problems.found").value(4));
	}

	@Test
	void keptFiguresAreKeptPerCampaign() throws Exception {
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO campaign (name, start_date, end_date, all_units, taxonomy_code, version)
				VALUES (:name, DATE '2016-01-01', DATE '2016-12-31', TRUE, 'BXGD', 0)""")
			.param("name", "缓存测试专项-" + System.nanoTime())
			.update(key, "id");
		long campaign = key.getKey().longValue();
		fixtures.problem("ZJJ", "ZFZD-04", d("2016-08-03"), d("2016-08-28"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2016-08-04"), d("2016-08-28"), null);
		jdbc.sql("UPDATE problem SET campaign_id = :c WHERE id = (SELECT MAX(id) FROM problem)")
			.param("c", campaign)
			.update();
		summary("2016-08-01", "2016-08-31", LEADER).andExpect(jsonPath("$.problems.found").value(2));
		// the same caller and period under a campaign: not the kept figures of every campaign
		mvc.perform(get("/api/v1/statistics/summary").param("from", "2016-08-01").param("to", "2016-08-31")
				.param("campaignId", String.valueOf(campaign)).with(LEADER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems.found").value(1))
			.andExpect(jsonPath("$.cases").value(nullValue()));
	}

	@Test
	void keptMonthlyFiguresAreNeverHandedToACallerOfAnotherScope() throws Exception {
		fixtures.problem("ZJJ", "ZFZD-04", d("2023-09-04"), d("2023-09-28"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2023-09-05"), d("2023-09-28"), null);
		fixtures.report("LETTER", "ZFZD-04", d("2023-09-06"), null, null, null);
		monthly(LEADER).andExpect(jsonPath("$.items[0].problemsFound").value(2))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(1));
		monthly(ZJJ).andExpect(jsonPath("$.items[0].problemsFound").value(1))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(nullValue()));
		fixtures.problem("ZJJ", "ZFZD-04", d("2023-09-07"), d("2023-09-28"), null);
		// kept for the two who asked, never another's for the one asking first
		monthly(LEADER).andExpect(jsonPath("$.items[0].problemsFound").value(2));
		monthly(ZJJ).andExpect(jsonPath("$.items[0].problemsFound").value(1));
		monthly(SCJ).andExpect(jsonPath("$.items[0].problemsFound").value(1))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(nullValue()));
		monthly(OFFICER).andExpect(jsonPath("$.items[0].problemsFound").value(3))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(1));
	}

	private ResultActions monthly(RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/statistics/monthly").param("from", "2023-09-01").param("to", "2023-09-30").with(who))
			.andExpect(status().isOk());
	}

	@Test
	void aKeptSummaryIsStillRefusedToACallerWithoutStatistics() throws Exception {
		summary("2023-08-01", "2023-08-31", LEADER);
		mvc.perform(get("/api/v1/statistics/summary").param("from", "2023-08-01").param("to", "2023-08-31")
				.with(ZJJ_LIAISON))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/statistics/ranking").param("from", "2023-08-01").param("to", "2023-08-31").with(LEADER))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/statistics/ranking").param("from", "2023-08-01").param("to", "2023-08-31").with(ZJJ))
			.andExpect(status().isForbidden());
	}
}
