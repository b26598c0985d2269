package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every figure of the summary drills down to a list whose {@code total} equals it: the list APIs
 * with the drill-down parameters (February–April 2020; the test clock is in 2026).
 */
class StatisticsDrillDownIntegrationTests extends StatisticsIntegrationSupport {

	private static final String FROM = "2020-02-01";
	private static final String TO = "2020-04-30";

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private String summary(RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/statistics/summary").param("from", FROM).param("to", TO).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	/** The list's total for the query {@code a=1&b=2…} (pairs of name and value). */
	private long total(RequestPostProcessor who, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = get(path).param("size", "1").with(who);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.total")).longValue();
	}

	private static long figure(String summary, String path) {
		return ((Number) JsonPath.read(summary, path)).longValue();
	}

	private void writeRecords() {
		// reports: received Feb–Apr, one received in January but accepted, concluded and answered in the range
		fixtures.report("LETTER", "ZFZD-04", d("2020-01-20"), d("2020-02-03"), d("2020-02-20"), d("2020-03-02"));
		fixtures.report("ONLINE", "BXGD-02-02", d("2020-02-05"), d("2020-02-07"), d("2020-03-04"), null);
		fixtures.report("ONLINE", "BXGD-02", d("2020-02-10"), null, null, null);
		fixtures.report("PHONE", "BXGD-02-02", d("2020-04-28"), d("2020-04-29"), d("2020-05-06"), d("2020-05-08"));
		fixtures.rejectedReport(d("2020-03-12"), d("2020-03-14"));
		// one naming the leader (王建国, C001): neither counted nor listed for him
		fixtures.reportNaming("ONLINE", "BXGD-02-02", d("2020-03-20"), "C001", "QW", null);
		// problems of ZJJ and SCJ: found, closed, due, closed late or still open
		fixtures.problem("ZJJ", "BXGD-02-02", d("2020-02-03"), d("2020-02-28"), d("2020-02-25"));
		fixtures.problem("ZJJ", "BXGD-02", d("2020-02-04"), d("2020-03-06"), d("2020-03-20"));
		fixtures.problem("ZJJ", "ZFZD-04", d("2020-01-15"), d("2020-03-10"), null);
		fixtures.problem("SCJ", "BXGD-02-08", d("2020-03-09"), d("2020-04-10"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2020-04-20"), d("2020-05-20"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2020-01-06"), d("2020-01-31"), d("2020-02-10"));
		// cases: decided in the range (one revoked), one before it
		fixtures.decidedCase("C012", "ZJJ", "陈刚", "城建股股长", "违规收受礼品", List.of("ADMONISHMENT"), 1, d("2020-02-12"),
				null);
		fixtures.decidedCase("C021", "SCJ", "何敏", "副局长", "违规吃喝", List.of("PARTY_WARNING", "GOV_DEMERIT"), 2,
				d("2020-03-15"), null);
		fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("REMOVAL"), 3, d("2020-03-18"),
				d("2020-04-02"));
		fixtures.decidedCase("C011", "ZJJ", "吴芳", "副局长", "不作为", List.of("ADMONISHMENT"), 1, d("2020-01-28"), null);
		// tasks: issued, completed (on time and late), overdue
		fixtures.task("ZJJ", List.of(), d("2020-02-03"), d("2020-03-31"), d("2020-03-30"));
		fixtures.task("SCJ", List.of("ZJJ"), d("2020-02-17"), d("2020-04-15"), d("2020-04-22"));
		fixtures.task("SCJ", List.of(), d("2020-01-10"), d("2020-04-20"), null);
		fixtures.task("JYJ", List.of(), d("2020-03-02"), d("2020-06-30"), null);
	}

	@Test
	void everySummaryFigureOfTheDistrictEqualsTheTotalOfItsDrillDownList() throws Exception {
		writeRecords();
		String s = summary(LEADER);
		assertThat(figure(s, "$.reports.received")).isEqualTo(4);
		assertThat(figure(s, "$.reports.received")).isEqualTo(
				total(LEADER, "/api/v1/reports", "receivedFrom", FROM, "receivedTo", TO));
		assertThat(figure(s, "$.reports.accepted")).isEqualTo(3)
			.isEqualTo(total(LEADER, "/api/v1/reports", "acceptedFrom", FROM, "acceptedTo", TO));
		assertThat(figure(s, "$.reports.concluded")).isEqualTo(2)
			.isEqualTo(total(LEADER, "/api/v1/reports", "concludedFrom", FROM, "concludedTo", TO));
		assertThat(figure(s, "$.reports.answered")).isEqualTo(1)
			.isEqualTo(total(LEADER, "/api/v1/reports", "answeredFrom", FROM, "answeredTo", TO));
		for (String channel : List.of("ONLINE", "PHONE", "LETTER")) {
			assertThat(figure(s, "$.reportsByChannel." + channel)).as(channel)
				.isEqualTo(total(LEADER, "/api/v1/reports", "receivedFrom", FROM, "receivedTo", TO, "channel", channel));
		}
		assertThat(figure(s, "$.reportsByCategory['BXGD-02']")).isEqualTo(1)
			.isEqualTo(total(LEADER, "/api/v1/reports", "receivedFrom", FROM, "receivedTo", TO, "categoryCode", "BXGD-02",
					"exactCategory", "true"));
		assertThat(figure(s, "$.reportsByCategory['BXGD-02-02']")).isEqualTo(2)
			.isEqualTo(total(LEADER, "/api/v1/reports", "receivedFrom", FROM, "receivedTo", TO, "categoryCode",
					"BXGD-02-02", "exactCategory", "true"));

		assertThat(figure(s, "$.problems.found")).isEqualTo(4)
			.isEqualTo(total(LEADER, "/api/v1/problems", "foundFrom", FROM, "foundTo", TO));
		assertThat(figure(s, "$.problems.closed")).isEqualTo(3)
			.isEqualTo(total(LEADER, "/api/v1/problems", "closedFrom", FROM, "closedTo", TO));
		assertThat(figure(s, "$.problems.overdue")).isEqualTo(3)
			.isEqualTo(total(LEADER, "/api/v1/assignments", "kind", "PROBLEM", "dueFrom", FROM, "dueTo", TO, "late",
					"true"));
		for (String unit : List.of("ZJJ", "SCJ")) {
			assertThat(figure(s, "$.problemsByUnit." + unit)).as(unit)
				.isEqualTo(total(LEADER, "/api/v1/problems", "foundFrom", FROM, "foundTo", TO, "unitCode", unit));
		}
		for (String category : List.of("BXGD-02", "BXGD-02-02", "BXGD-02-08", "ZFZD-04")) {
			assertThat(figure(s, "$.problemsByCategory['" + category + "']")).as(category)
				.isEqualTo(total(LEADER, "/api/v1/problems", "foundFrom", FROM, "foundTo", TO, "categoryCode", category));
		}
		List<Number> eightRulesFirstLevel = JsonPath.read(s, "$.eightRules[?(@.code == 'BXGD-02')].problems");
		assertThat(eightRulesFirstLevel.getFirst().longValue()).isEqualTo(3)
			.isEqualTo(total(LEADER, "/api/v1/problems", "foundFrom", FROM, "foundTo", TO, "categoryCode", "BXGD-02",
					"withSubcategories", "true"));

		assertThat(figure(s, "$.cases.decided")).isEqualTo(2)
			.isEqualTo(total(LEADER, "/api/v1/accountability-cases", "decidedFrom", FROM, "decidedTo", TO));
		for (String level : List.of("1", "2", "3", "4")) {
			assertThat(figure(s, "$.cases.byFourForm." + level)).as("four form " + level)
				.isEqualTo(total(LEADER, "/api/v1/accountability-cases", "decidedFrom", FROM, "decidedTo", TO, "fourForm",
						level));
		}
		for (String form : List.of("ADMONISHMENT", "PARTY_WARNING", "GOV_DEMERIT")) {
			assertThat(figure(s, "$.cases.byForm." + form)).as(form)
				.isEqualTo(total(LEADER, "/api/v1/accountability-cases", "decidedFrom", FROM, "decidedTo", TO, "form",
						form));
		}
		assertThat(total(LEADER, "/api/v1/accountability-cases", "decidedFrom", FROM, "decidedTo", TO, "form", "REMOVAL"))
			.isZero();

		assertThat(figure(s, "$.tasks.created")).isEqualTo(3)
			.isEqualTo(total(LEADER, "/api/v1/tasks", "createdFrom", FROM, "createdTo", TO));
		assertThat(figure(s, "$.tasks.completed")).isEqualTo(2)
			.isEqualTo(total(LEADER, "/api/v1/tasks", "completedFrom", FROM, "completedTo", TO));
		assertThat(figure(s, "$.tasks.overdue")).isEqualTo(2)
			.isEqualTo(total(LEADER, "/api/v1/tasks", "dueFrom", FROM, "dueTo", TO, "overdue", "true"));
	}

	@Test
	void aUnitPrincipalsFiguresEqualTheTotalsOfHisDrillDownLists() throws Exception {
		fixtures.problem("ZJJ", "ZFZD-02", d("2020-07-06"), d("2020-07-20"), d("2020-07-15"));
		fixtures.problem("ZJJ", "ZFZD-02", d("2020-07-07"), d("2020-07-21"), null);
		fixtures.problem("ZJJ", "ZFZD-03", d("2020-06-25"), d("2020-07-22"), d("2020-07-30"));
		fixtures.problem("SCJ", "ZFZD-02", d("2020-07-08"), d("2020-07-23"), null);
		fixtures.task("ZJJ", List.of(), d("2020-07-01"), d("2020-07-24"), null);
		fixtures.task("SCJ", List.of("ZJJ"), d("2020-07-02"), d("2020-07-27"), d("2020-07-28"));
		fixtures.task("SCJ", List.of(), d("2020-07-03"), d("2020-07-28"), null);
		String s = mvc.perform(get("/api/v1/statistics/summary").param("from", "2020-07-01").param("to", "2020-07-31")
			.with(ZJJ)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(figure(s, "$.problems.found")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/problems", "foundFrom", "2020-07-01", "foundTo", "2020-07-31"));
		assertThat(figure(s, "$.problems.closed")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/problems", "closedFrom", "2020-07-01", "closedTo", "2020-07-31"));
		assertThat(figure(s, "$.problems.overdue")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/assignments", "kind", "PROBLEM", "dueFrom", "2020-07-01", "dueTo", "2020-07-31",
					"late", "true"));
		assertThat(figure(s, "$.problemsByUnit.ZJJ")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/problems", "foundFrom", "2020-07-01", "foundTo", "2020-07-31", "unitCode",
					"ZJJ"));
		assertThat(figure(s, "$.problemsByCategory['ZFZD-02']")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/problems", "foundFrom", "2020-07-01", "foundTo", "2020-07-31", "categoryCode",
					"ZFZD-02"));
		assertThat(figure(s, "$.tasks.created")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/tasks", "createdFrom", "2020-07-01", "createdTo", "2020-07-31"));
		assertThat(figure(s, "$.tasks.completed")).isEqualTo(1)
			.isEqualTo(total(ZJJ, "/api/v1/tasks", "completedFrom", "2020-07-01", "completedTo", "2020-07-31"));
		assertThat(figure(s, "$.tasks.overdue")).isEqualTo(2)
			.isEqualTo(total(ZJJ, "/api/v1/tasks", "dueFrom", "2020-07-01", "dueTo", "2020-07-31", "overdue", "true"));
	}

	@Test
	void drillParametersNotGivenChangeNothingAndMalformedOnesAreRefused() throws Exception {
		fixtures.problem("JYJ", "ZFZD-05", d("2020-09-07"), d("2020-09-25"), null);
		assertThat(total(LEADER, "/api/v1/problems", "unitCode", "JYJ", "foundFrom", "", "closedTo", ""))
			.isEqualTo(total(LEADER, "/api/v1/problems", "unitCode", "JYJ"));
		mvc.perform(get("/api/v1/problems").param("foundFrom", "2020-13-01").with(LEADER))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/accountability-cases").param("form", "NO_SUCH_FORM").with(LEADER))
			.andExpect(status().isBadRequest());
	}
}
