package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class IntegrityOpinionIntegrationTests extends IntegrityIntegrationSupport {

	@Test
	void anAdmonishmentObjectsDuringItsSixMonthsAndNoLongerOnceRevoked() throws Exception {
		String caseId = decidedCase("C040", List.of(Form.ADMONISHMENT), LocalDate.of(2026, 6, 10), null);
		mvc.perform(get("/api/v1/cadres/C040/integrity-opinion").param("asOf", "2026-09-18").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cadreNo").value("C040"))
			.andExpect(jsonPath("$.asOf").value("2026-09-18"))
			.andExpect(jsonPath("$.opinion").value("OBJECT"))
			.andExpect(jsonPath("$.reasons[0]").value(Matchers.containsString("2026-12-10")));
		mvc.perform(get("/api/v1/cadres/C040/integrity-opinion").param("asOf", "2026-12-11").with(LEADER))
			.andExpect(jsonPath("$.opinion").value("NO_OBJECTION"));
		revoke(caseId, LocalDate.of(2026, 9, 18));
		mvc.perform(get("/api/v1/cadres/C040/integrity-opinion").param("asOf", "2026-09-18").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("NO_OBJECTION"));
	}

	@Test
	void aPartyProbationOfOneYearCountsThreeYears() throws Exception {
		decidedCase("C020", List.of(Form.PARTY_PROBATION), LocalDate.of(2024, 3, 1), 12);
		mvc.perform(get("/api/v1/cadres/C020/integrity-opinion").param("asOf", "2027-03-01").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("OBJECT"));
		mvc.perform(get("/api/v1/cadres/C020/integrity-opinion").param("asOf", "2027-03-02").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("NO_OBJECTION"));
	}

	@Test
	void aGovernmentExpulsionObjectsPermanently() throws Exception {
		decidedCase("C031", List.of(Form.GOV_EXPULSION), LocalDate.of(2020, 5, 1), null);
		mvc.perform(get("/api/v1/cadres/C031/integrity-opinion").param("asOf", "2040-01-01").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("OBJECT"));
	}

	@Test
	void anOpenCaseOrAnOpenReportDefersWithoutShowingTheReport() throws Exception {
		openCase("C011");
		mvc.perform(get("/api/v1/cadres/C011/integrity-opinion").param("asOf", "2026-09-18").with(OFFICER)
			.header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.opinion").value("DEFER"))
			.andExpect(jsonPath("$.reasons[0]").value(Matchers.containsString("问责案件尚未作出决定")));
		// the demo district holds an open report naming 郑伟 (C013)
		mvc.perform(get("/api/v1/cadres/C013/integrity-opinion").param("asOf", "2026-09-18").with(OFFICER)
			.header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.opinion").value(Matchers.oneOf("DEFER", "OBJECT")))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.hasItem(Matchers.containsString("问题线索尚未办结"))))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.not(Matchers.hasItem(Matchers.containsString("饮酒")))));
	}

	@Test
	void aCaseDecidedAfterTheDateWasStillOpenAtTheDate() throws Exception {
		// opened on 2026-09-18 (the test clock), decided on 2026-09-25
		decidedCase("C002", List.of(Form.ADMONISHMENT), LocalDate.of(2026, 9, 25), null);
		mvc.perform(get("/api/v1/cadres/C002/integrity-opinion").param("asOf", "2026-09-21").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("DEFER"));
		mvc.perform(get("/api/v1/cadres/C002/integrity-opinion").param("asOf", "2026-09-17").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("NO_OBJECTION"));
		mvc.perform(get("/api/v1/cadres/C002/integrity-opinion").param("asOf", "2026-09-25").with(OFFICER))
			.andExpect(jsonPath("$.opinion").value("OBJECT"));
	}

	@Test
	void aCleanCadreHasNoObjection() throws Exception {
		mvc.perform(get("/api/v1/cadres/C005/integrity-opinion").param("asOf", "2026-09-18").with(DIRECTOR))
			.andExpect(jsonPath("$.opinion").value("NO_OBJECTION"))
			.andExpect(jsonPath("$.reasons.length()").value(1));
	}

	@Test
	void onlyTheOfficeAndLeadersAskForOpinions() throws Exception {
		mvc.perform(get("/api/v1/cadres/C012/integrity-opinion").with(CADRE)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cadres/C012/integrity-opinion").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cadres/NOPE/integrity-opinion").with(OFFICER)).andExpect(status().isNotFound());
	}

	@Test
	void theAnswerToTheOrganizationDepartmentCoversEveryCadreOfItsList() throws Exception {
		decidedCase("C010", List.of(Form.PARTY_WARNING), LocalDate.of(2026, 2, 1), null);
		clock.setDate(LocalDate.of(2026, 9, 21));
		byte[] docx = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/integrity-opinions").with(OFFICER).contentType("application/json")
			.content("{\"cadreNos\":[\"C010\",\"C004\",\"C010\"],\"asOf\":\"2026-10-01\"}"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = docxText(docx);
		assertThat(text).contains("党风廉政意见回复", "区委组织部", "截至2026年10月1日", "共2人", "周强", "局长", "孙丽", "副区长",
				"不同意", "党内警告", "2027-02-01", "无意见", "2026年9月21日");
		assertThat(text.indexOf("周强")).isLessThan(text.indexOf("孙丽"));
		postJson("/api/v1/integrity-opinions", "{\"cadreNos\":[\"C004\",\"X999\"],\"asOf\":\"2026-10-01\"}", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cadreNos"));
	}
}
