package org.ducha.dashboard;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class StatisticsIntegrationTests extends StatisticsIntegrationSupport {

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private ResultActions summary(String from, String to, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/statistics/summary").param("from", from).param("to", to).with(who));
	}

	@Test
	void countsEachRecordByTheDateOfItsOwnEvent() throws Exception {
		// received in January, accepted, concluded and answered in February
		fixtures.report("LETTER", "ZFZD-04", d("2024-01-20"), d("2024-02-02"), d("2024-02-20"), d("2024-02-26"));
		// received and accepted in February, concluded in March
		fixtures.report("ONLINE", "BXGD-02-02", d("2024-02-05"), d("2024-02-07"), d("2024-03-04"), null);
		fixtures.report("ONLINE", "BXGD-02-02", d("2024-02-10"), null, null, null);
		// refused in February: received, not accepted
		fixtures.rejectedReport(d("2024-02-12"), d("2024-02-14"));
		summary("2024-02-01", "2024-02-29", LEADER)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reports.received").value(3))
			.andExpect(jsonPath("$.reports.accepted").value(2))
			.andExpect(jsonPath("$.reports.concluded").value(1))
			.andExpect(jsonPath("$.reports.answered").value(1))
			.andExpect(jsonPath("$.reportsByChannel.ONLINE").value(2))
			.andExpect(jsonPath("$.reportsByChannel.LETTER").value(1))
			.andExpect(jsonPath("$.reportsByCategory['BXGD-02-02']").value(2))
			.andExpect(jsonPath("$.scope").value("DISTRICT"));
		summary("2024-01-01", "2024-01-31", OFFICER)
			.andExpect(jsonPath("$.reports.received").value(1))
			.andExpect(jsonPath("$.reports.accepted").value(0));
	}

	@Test
	void countsProblemsFoundClosedAndOverdueRectifications() throws Exception {
		// found in April, due in April, closed on time
		fixtures.problem("SCJ", "BXGD-02-01", d("2024-04-02"), d("2024-04-25"), d("2024-04-20"));
		// found in April, due in April, closed late in May: overdue in April, closed in May
		fixtures.problem("SCJ", "BXGD-01-02", d("2024-04-03"), d("2024-04-26"), d("2024-05-08"));
		// found in April, due in April, still open: overdue
		fixtures.problem("JYJ", "ZFZD-03", d("2024-04-05"), d("2024-04-29"), null);
		// found in March, due in May: neither found nor due in April
		fixtures.problem("JYJ", "ZFZD-03", d("2024-03-29"), d("2024-05-06"), null);
		summary("2024-04-01", "2024-04-30", DIRECTOR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.problems.found").value(3))
			.andExpect(jsonPath("$.problems.closed").value(1))
			.andExpect(jsonPath("$.problems.overdue").value(2))
			.andExpect(jsonPath("$.problemsByUnit.SCJ").value(2))
			.andExpect(jsonPath("$.problemsByUnit.JYJ").value(1))
			.andExpect(jsonPath("$.problemsByCategory['ZFZD-03']").value(1));
		summary("2024-05-01", "2024-05-31", DIRECTOR)
			.andExpect(jsonPath("$.problems.found").value(0))
			.andExpect(jsonPath("$.problems.closed").value(1))
			.andExpect(jsonPath("$.problems.overdue").value(1));
	}

	@Test
	void countsEightRulesCategoriesWithTheirChildren() throws Exception {
		fixtures.problem("SCJ", "BXGD-02-02", d("2024-06-03"), d("2024-06-28"), null);
		fixtures.problem("JYJ", "BXGD-02-02", d("2024-06-04"), d("2024-06-28"), null);
		fixtures.problem("JYJ", "BXGD-02-08", d("2024-06-05"), d("2024-06-28"), null);
		fixtures.problem("ZJJ", "BXGD-01-02", d("2024-06-06"), d("2024-06-28"), null);
		fixtures.problem("ZJJ", "ZFZD-04", d("2024-06-06"), d("2024-06-28"), null);
		summary("2024-06-01", "2024-06-30", LEADER)
			.andExpect(jsonPath("$.eightRules[?(@.code == 'BXGD-02')].problems").value(hasItem(3)))
			.andExpect(jsonPath("$.eightRules[?(@.code == 'BXGD-02-02')].problems").value(hasItem(2)))
			.andExpect(jsonPath("$.eightRules[?(@.code == 'BXGD-01')].problems").value(hasItem(1)))
			.andExpect(jsonPath("$.eightRules[?(@.code == 'BXGD-02-08')].name").value(hasItem("提供或接受超标准接待")));
	}

	@Test
	void unitPrincipalSeesOnlyHisUnitsFiguresAndNoReportCounts() throws Exception {
		fixtures.problem("ZJJ", "ZFZD-04", d("2024-05-13"), d("2024-06-10"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2024-05-14"), d("2024-06-11"), null);
		fixtures.report("LETTER", "ZFZD-04", d("2024-05-15"), null, null, null);
		summary("2024-05-10", "2024-05-20", ZJJ)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scope").value("UNIT"))
			.andExpect(jsonPath("$.reports").value(nullValue()))
			.andExpect(jsonPath("$.reportsByChannel").isEmpty())
			.andExpect(jsonPath("$.problems.found").value(1))
			.andExpect(jsonPath("$.problemsByUnit.ZJJ").value(1))
			.andExpect(jsonPath("$.problemsByUnit.SCJ").doesNotExist());
		summary("2024-05-10", "2024-05-20", LEADER)
			.andExpect(jsonPath("$.problems.found").value(2))
			.andExpect(jsonPath("$.reports.received").value(1));
	}

	@Test
	void statisticsAreRefusedToRolesWithoutThem() throws Exception {
		summary("2024-01-01", "2024-01-31", INSPECTOR).andExpect(status().isForbidden());
		summary("2024-01-01", "2024-01-31", INTAKE).andExpect(status().isForbidden());
		summary("2024-01-01", "2024-01-31", ADMIN).andExpect(status().isForbidden());
		summary("2024-01-01", "2024-01-31", ZJJ_LIAISON).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/statistics/ranking").param("from", "2024-01-01").param("to", "2024-01-31").with(ZJJ))
			.andExpect(status().isForbidden());
	}

	@Test
	void rejectsARangeThatEndsBeforeItStarts() throws Exception {
		summary("2024-02-01", "2024-01-01", LEADER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/statistics/summary").with(LEADER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("from")));
	}

	@Test
	void ranksUnitsByTheirRectificationRecord() throws Exception {
		// 2024-03-11..15: JYJ one problem closed on time; SCJ two problems, one overdue
		fixtures.problem("JYJ", "ZFZD-05", d("2024-03-11"), d("2024-03-13"), d("2024-03-12"));
		fixtures.problem("SCJ", "ZFZD-05", d("2024-03-11"), d("2024-03-13"), d("2024-03-12"));
		fixtures.problem("SCJ", "ZFZD-05", d("2024-03-12"), d("2024-03-14"), null);
		mvc.perform(get("/api/v1/statistics/ranking").param("from", "2024-03-11").param("to", "2024-03-15").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[-1].unitCode").value("SCJ"))
			.andExpect(jsonPath("$.items[-1].overdue").value(1))
			.andExpect(jsonPath("$.items[-1].onTimeRate").value(0.5))
			.andExpect(jsonPath("$.items[?(@.unitCode == 'HPSQ')].score").value(hasItem(100.0)))
			.andExpect(jsonPath("$.items[?(@.unitCode == 'QW')]").isEmpty());
	}

	@Test
	void countsDecisionsByTheFourFormsLeavingOutRevokedOnes() throws Exception {
		fixtures.decidedCase("C012", "ZJJ", "陈刚", "城建股股长", "违规收受礼品", List.of("ADMONISHMENT"), 1,
				d("2024-01-10"), null);
		fixtures.decidedCase("C021", "SCJ", "何敏", "副局长", "违规吃喝", List.of("PARTY_WARNING", "GOV_DEMERIT"), 2,
				d("2024-01-15"), null);
		fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("REMOVAL"), 3, d("2024-01-20"),
				d("2024-01-28"));
		fixtures.decidedCase("C011", "ZJJ", "吴芳", "副局长", "不作为", List.of("CRITICISM_EDUCATION"), 1,
				d("2024-02-01"), null);
		summary("2024-01-01", "2024-01-31", LEADER)
			.andExpect(jsonPath("$.cases.decided").value(2))
			.andExpect(jsonPath("$.cases.byFourForm.1").value(1))
			.andExpect(jsonPath("$.cases.byFourForm.2").value(1))
			.andExpect(jsonPath("$.cases.byFourForm.3").value(0))
			.andExpect(jsonPath("$.cases.byFourForm.4").value(0))
			.andExpect(jsonPath("$.cases.byForm.PARTY_WARNING").value(1))
			.andExpect(jsonPath("$.cases.byForm.GOV_DEMERIT").value(1))
			.andExpect(jsonPath("$.cases.byForm.REMOVAL").doesNotExist());
		summary("2024-01-01", "2024-01-31", ZJJ)
			.andExpect(jsonPath("$.cases.decided").value(1))
			.andExpect(jsonPath("$.cases.byForm.ADMONISHMENT").value(1));
	}
}
