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

	/**
	 * SPEC §8.6 as of a past date: a report naming 王建国 (C001) received on 2026-09-18 and concluded on 09-23, and a
	 * case against him opened on 09-18 and not pursued on 09-25, were open on the dates between.
	 */
	@Test
	void aReportOrACaseOpenOnThePastDateDefersThoughConcludedOrEndedSince() throws Exception {
		String caseId = openCase("C001");
		String report = ok(postJson("/api/v1/reports", """
				{"channel":"LETTER","receivedOn":"2026-09-18","anonymous":true,"pin":"pin-123456",
				 "accused":[{"name":"王建国","unitName":"中共演示区委员会","position":""}],"accusedUnits":[],
				 "categoryCode":"ZFZD-03","subject":"反映问题 过去日期","content":"办事窗口多次推诿","occurredOn":"2026-09-01"}""",
				INTAKE), 201);
		String reportId = com.jayway.jsonpath.JsonPath.read(report, "$.id");
		ok(postJson("/api/v1/reports/" + reportId + "/accept", "{}", OFFICER), 200);
		ok(postJson("/api/v1/reports/" + reportId + "/disposal",
				"{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"初步核实\"}", OFFICER), 200);
		ok(postJson("/api/v1/reports/" + reportId + "/disposal/approve", "{}", DIRECTOR), 200);
		clock.setDate(LocalDate.of(2026, 9, 23));
		ok(postJson("/api/v1/reports/" + reportId + "/conclude",
				"{\"finding\":\"SUBSTANTIATED\",\"summary\":\"经核实\"}", OFFICER), 200);
		clock.setDate(LocalDate.of(2026, 9, 25));
		ok(postJson("/api/v1/accountability-cases/" + caseId + "/not-pursued", "{\"reason\":\"情节轻微\"}", DIRECTOR),
				200);

		opinion("C001", "2026-09-22").andExpect(jsonPath("$.opinion").value("DEFER"))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.hasItem(Matchers.containsString("问题线索尚未办结"))))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.hasItem(Matchers.containsString("问责案件尚未作出决定"))));
		opinion("C001", "2026-09-24").andExpect(jsonPath("$.opinion").value("DEFER"))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.not(Matchers.hasItem(Matchers.containsString("问题线索")))))
			.andExpect(jsonPath("$.reasons[*]").value(Matchers.hasItem(Matchers.containsString("问责案件尚未作出决定"))));
		opinion("C001", "2026-09-25").andExpect(jsonPath("$.opinion").value("NO_OBJECTION"));
		opinion("C001", "2026-09-17").andExpect(jsonPath("$.opinion").value("NO_OBJECTION"));
	}

	org.springframework.test.web.servlet.ResultActions opinion(String cadreNo, String asOf) throws Exception {
		return mvc.perform(get("/api/v1/cadres/" + cadreNo + "/integrity-opinion").param("asOf", asOf).with(OFFICER)
			.header("Accept-Language", "zh-CN")).andExpect(status().isOk());
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
	void nobodyObtainsTheIntegrityOpinionOnHimself() throws Exception {
		// officer is 林静 (C006), director 赵卫东 (C003): the opinion counts reports hidden from the accused
		mvc.perform(get("/api/v1/cadres/C006/integrity-opinion").param("asOf", "2026-09-18").with(OFFICER))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/integrity-opinions").with(DIRECTOR).contentType("application/json")
			.content("{\"cadreNos\":[\"C010\",\"C003\"],\"asOf\":\"2026-10-01\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cadres/C006/integrity-opinion").param("asOf", "2026-09-18").with(DIRECTOR))
			.andExpect(status().isOk());
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
