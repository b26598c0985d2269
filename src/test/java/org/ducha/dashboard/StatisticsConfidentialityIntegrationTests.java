package org.ducha.dashboard;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Report counts follow the report visibility policy: a reader accused in person, or belonging to an
 * accused unit, never has that report counted — neither in the totals nor by channel, category or
 * month (August 2021).
 */
class StatisticsConfidentialityIntegrationTests extends StatisticsIntegrationSupport {

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private ResultActions summary(RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/statistics/summary").param("from", "2021-08-01").param("to", "2021-08-31").with(who));
	}

	@Test
	void reportsNamingTheReaderOrHisUnitAreNotCountedForHim() throws Exception {
		// leader is 王建国 (C001) of QW
		fixtures.reportNaming("ONLINE", "BXGD-02-05", d("2021-08-03"), "C001", "QW", null);
		fixtures.reportNaming("ONLINE", "BXGD-02-05", d("2021-08-04"), null, null, "QW");
		fixtures.reportNaming("LETTER", "ZFZD-02", d("2021-08-05"), "C012", "ZJJ", null);
		summary(LEADER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports.received").value(1))
			.andExpect(jsonPath("$.reportsByChannel.LETTER").value(1))
			.andExpect(jsonPath("$.reportsByChannel.ONLINE").doesNotExist())
			.andExpect(jsonPath("$.reportsByCategory['BXGD-02-05']").doesNotExist())
			.andExpect(jsonPath("$.reportsByCategory['ZFZD-02']").value(1));
		mvc.perform(get("/api/v1/statistics/monthly").param("from", "2021-08-01").param("to", "2021-08-31").with(LEADER))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(1));
		// the officer (C006 of JW) is not accused: he counts all three
		summary(OFFICER)
			.andExpect(jsonPath("$.reports.received").value(3))
			.andExpect(jsonPath("$.reportsByChannel.ONLINE").value(2))
			.andExpect(jsonPath("$.reportsByCategory['BXGD-02-05']").value(2));
		mvc.perform(get("/api/v1/statistics/monthly").param("from", "2021-08-01").param("to", "2021-08-31").with(OFFICER))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(3));
	}

	@Test
	void reportCountsOfTheLeaderAgreeWithTheReportsHisListShows() throws Exception {
		fixtures.reportNaming("PHONE", "ZFZD-03", d("2021-09-06"), "C001", "QW", null);
		fixtures.reportNaming("PHONE", "ZFZD-03", d("2021-09-07"), "C020", "SCJ", null);
		mvc.perform(get("/api/v1/statistics/summary").param("from", "2021-09-01").param("to", "2021-09-30").with(LEADER))
			.andExpect(jsonPath("$.reports.received").value(1));
		mvc.perform(get("/api/v1/reports").param("receivedFrom", "2021-09-01").param("receivedTo", "2021-09-30")
			.with(LEADER)).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1));
	}
}
