package org.ducha.dashboard;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** {@code GET /api/v1/statistics/monthly} and the task counts of the summary (months of 2021). */
class StatisticsMonthlyIntegrationTests extends StatisticsIntegrationSupport {

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private ResultActions monthly(String from, String to, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/statistics/monthly").param("from", from).param("to", to).with(who));
	}

	@Test
	void answersEveryMonthOfTheRangeWithZerosForEmptyMonths() throws Exception {
		fixtures.report("LETTER", "ZFZD-04", d("2021-01-05"), null, null, null);
		fixtures.report("ONLINE", "ZFZD-04", d("2021-01-25"), null, null, null);
		fixtures.report("ONLINE", "ZFZD-04", d("2021-03-02"), null, null, null);
		// found in January, closed in March; found in March, open
		fixtures.problem("ZJJ", "ZFZD-04", d("2021-01-11"), d("2021-02-20"), d("2021-03-03"));
		fixtures.problem("SCJ", "ZFZD-04", d("2021-03-08"), d("2021-04-20"), null);
		fixtures.decidedCase("C012", "ZJJ", "陈刚", "城建股股长", "违规收受礼品", List.of("ADMONISHMENT"), 1,
				d("2021-03-10"), null);
		fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("REMOVAL"), 3, d("2021-03-12"),
				d("2021-03-20"));
		fixtures.task("ZJJ", List.of(), d("2021-01-04"), d("2021-06-30"), null);
		fixtures.task("SCJ", List.of("ZJJ"), d("2021-03-15"), d("2021-06-30"), null);
		monthly("2021-01-01", "2021-03-31", LEADER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2021-01-01"))
			.andExpect(jsonPath("$.to").value("2021-03-31"))
			.andExpect(jsonPath("$.items.length()").value(3))
			.andExpect(jsonPath("$.items[0].month").value("2021-01"))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(2))
			.andExpect(jsonPath("$.items[0].problemsFound").value(1))
			.andExpect(jsonPath("$.items[0].problemsClosed").value(0))
			.andExpect(jsonPath("$.items[0].tasksCreated").value(1))
			.andExpect(jsonPath("$.items[1].month").value("2021-02"))
			.andExpect(jsonPath("$.items[1].reportsReceived").value(0))
			.andExpect(jsonPath("$.items[1].problemsFound").value(0))
			.andExpect(jsonPath("$.items[1].casesDecided").value(0))
			.andExpect(jsonPath("$.items[1].tasksCreated").value(0))
			.andExpect(jsonPath("$.items[2].month").value("2021-03"))
			.andExpect(jsonPath("$.items[2].reportsReceived").value(1))
			.andExpect(jsonPath("$.items[2].problemsFound").value(1))
			.andExpect(jsonPath("$.items[2].problemsClosed").value(1))
			.andExpect(jsonPath("$.items[2].casesDecided").value(1))
			.andExpect(jsonPath("$.items[2].tasksCreated").value(1));
		// a unit principal: his units only, no report figures
		monthly("2021-01-01", "2021-03-31", ZJJ)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].reportsReceived").value(nullValue()))
			.andExpect(jsonPath("$.items[0].problemsFound").value(1))
			.andExpect(jsonPath("$.items[2].problemsFound").value(0))
			.andExpect(jsonPath("$.items[2].problemsClosed").value(1))
			.andExpect(jsonPath("$.items[2].casesDecided").value(1))
			.andExpect(jsonPath("$.items[2].tasksCreated").value(1));
		// a range cut inside a month counts only the days in the range
		monthly("2021-01-10", "2021-01-31", OFFICER)
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].reportsReceived").value(1))
			.andExpect(jsonPath("$.items[0].tasksCreated").value(0));
	}

	@Test
	void monthlyFollowsTheSummaryRulesForRolesAndRanges() throws Exception {
		monthly("2021-01-01", "2021-01-31", INSPECTOR).andExpect(status().isForbidden());
		monthly("2021-01-01", "2021-01-31", ZJJ_LIAISON).andExpect(status().isForbidden());
		monthly("2021-02-01", "2021-01-01", LEADER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/statistics/monthly").with(LEADER)).andExpect(status().isBadRequest());
	}

	@Test
	void summaryCountsTasksCreatedCompletedAndOverdueInTheCallersScope() throws Exception {
		// clock: 2026-09-18; July 2021
		fixtures.task("ZJJ", List.of(), d("2021-07-01"), d("2021-07-20"), d("2021-07-19")); // on time
		fixtures.task("SCJ", List.of("ZJJ"), d("2021-07-02"), d("2021-07-21"), d("2021-07-28")); // late
		fixtures.task("SCJ", List.of(), d("2021-07-05"), d("2021-07-22"), null); // open, overdue
		fixtures.task("JYJ", List.of(), d("2021-06-10"), d("2021-08-30"), null); // due in August
		mvc.perform(get("/api/v1/statistics/summary").param("from", "2021-07-01").param("to", "2021-07-31").with(LEADER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.tasks.created").value(3))
			.andExpect(jsonPath("$.tasks.completed").value(2))
			.andExpect(jsonPath("$.tasks.overdue").value(2))
			.andExpect(jsonPath("$.reports.received").exists())
			.andExpect(jsonPath("$.problems.overdue").exists())
			.andExpect(jsonPath("$.cases.byFourForm.4").exists());
		mvc.perform(get("/api/v1/statistics/summary").param("from", "2021-07-01").param("to", "2021-07-31").with(ZJJ))
			.andExpect(jsonPath("$.tasks.created").value(2))
			.andExpect(jsonPath("$.tasks.completed").value(2))
			.andExpect(jsonPath("$.tasks.overdue").value(1));
	}
}
