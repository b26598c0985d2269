package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.ducha.intake.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NameClearingIntegrationTests extends IntegrityIntegrationSupport {

	@Test
	void anOfficerProposesAndTheDirectorApprovesAClearingShownOnTheFile() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		String created = ok(postJson("/api/v1/reports/" + reportId + "/name-clearings",
				"{\"cadreNo\":\"C040\",\"method\":\"BRIEFING\",\"scope\":\"局党组会议\"}", OFFICER), 201);
		String id = JsonPath.read(created, "$.id");
		assertThat((String) JsonPath.read(created, "$.status")).isEqualTo("PROPOSED");
		assertThat(as("director", () -> nameClearings().approvedOf("C040"))).isEmpty();
		postJson("/api/v1/name-clearings/" + id + "/approve", "{}", OFFICER).andExpect(status().isForbidden());
		postJson("/api/v1/name-clearings/" + id + "/approve", "{}", DIRECTOR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		assertThat(as("director", () -> files.fileOf("C040").nameClearings()))
			.singleElement()
			.satisfies(c -> assertThat(c.getMethod()).isEqualTo(NameClearingMethod.BRIEFING));
		postJson("/api/v1/name-clearings/" + id + "/refuse", "{\"reason\":\"x\"}", DIRECTOR)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void anOfficerNamedInAnUnsubstantiatedReportFindsItNeitherInTheListNorAmongTheClearingsAwaitingApproval()
			throws Exception {
		// 林静 (C006) is the demo officer; the director handles the report naming her
		String body = """
				{"channel":"LETTER","receivedOn":"2026-09-18","anonymous":true,"pin":"pin-123456",
				 "accused":[{"name":"林静","unitName":"演示区纪委监委","position":""}],"accusedUnits":[],"categoryCode":"ZFZD-03",
				 "subject":"反映林静","content":"办事推诿","occurredOn":"2026-09-01"}""";
		String id = com.jayway.jsonpath.JsonPath.read(ok(postJson("/api/v1/reports", body, INTAKE), 201), "$.id");
		ok(postJson("/api/v1/reports/" + id + "/accept", "{}", DIRECTOR), 200);
		ok(postJson("/api/v1/reports/" + id + "/disposal",
				"{\"method\":\"VERIFICATION\",\"handlerUsername\":\"director\",\"reason\":\"初步核实\"}", DIRECTOR), 200);
		ok(postJson("/api/v1/reports/" + id + "/disposal/approve", "{}", DIRECTOR), 200);
		ok(postJson("/api/v1/reports/" + id + "/conclude", "{\"finding\":\"UNSUBSTANTIATED\",\"summary\":\"不属实\"}",
				DIRECTOR), 200);
		await(() -> leads.existsById(id));
		ok(postJson("/api/v1/reports/" + id + "/name-clearings",
				"{\"cadreNo\":\"C006\",\"method\":\"BRIEFING\",\"scope\":\"委机关会议\"}", DIRECTOR), 201);

		assertThat(as("director", () -> nameClearings().unsubstantiatedReports()))
			.extracting(IntegrityReportLead::getReportId).contains(id);
		assertThat(as("director", () -> nameClearings().awaitingApproval()))
			.extracting(NameClearing::getReportId).contains(id);
		assertThat(as("officer", () -> nameClearings().unsubstantiatedReports()))
			.extracting(IntegrityReportLead::getReportId).doesNotContain(id);
		assertThat(as("officer", () -> nameClearings().awaitingApproval()))
			.extracting(NameClearing::getReportId).doesNotContain(id);
		assertThat(as("officer", () -> nameClearings().unsubstantiatedReport(id))).isEmpty();
	}

	@Test
	void aClearingIsRefusedForAnyOtherFinding() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNVERIFIABLE, true);
		postJson("/api/v1/reports/" + reportId + "/name-clearings",
				"{\"cadreNo\":\"C040\",\"method\":\"TALK_OR_LETTER\",\"scope\":\"本人及单位党组书记\"}", OFFICER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("FINDING_NOT_UNSUBSTANTIATED"));
	}

	@Test
	void onlyACadreNamedInTheReportIsCleared() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		postJson("/api/v1/reports/" + reportId + "/name-clearings",
				"{\"cadreNo\":\"C011\",\"method\":\"ANNOUNCEMENT\",\"scope\":\"\"}", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("cadreNo", "scope")));
		postJson("/api/v1/reports/" + reportId + "/name-clearings",
				"{\"cadreNo\":\"C040\",\"method\":\"ANNOUNCEMENT\",\"scope\":\"全局干部大会\"}", ZJJ)
			.andExpect(status().isForbidden());
	}

	@Test
	void theReportPageListsTheClearingsOfAnUnsubstantiatedReportOnly() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		assertThat(followUps.followUpsOf(reportId)).singleElement()
			.satisfies(f -> assertThat(f.labelKey()).isEqualTo("integrity.followUp.lead"));
		ok(postJson("/api/v1/reports/" + reportId + "/name-clearings",
				"{\"cadreNo\":\"C040\",\"method\":\"TALK_OR_LETTER\",\"scope\":\"本人及局党组书记\"}", OFFICER), 201);
		assertThat(followUps.followUpsOf(reportId)).singleElement()
			.satisfies(f -> {
				assertThat(f.labelKey()).isEqualTo("integrity.followUp.nameClearing");
				assertThat(f.href()).isEqualTo("/name-clearings/reports/" + reportId);
			});
		String substantiated = concludedReport("杨帆", "演示区教育局", Finding.SUBSTANTIATED, true);
		assertThat(followUps.followUpsOf(substantiated)).isEmpty();
	}

	@Autowired
	IntegrityReportFollowUps followUps;

	@Autowired
	IntegrityFiles files;

	@Autowired
	NameClearings clearings;

	NameClearings nameClearings() {
		return clearings;
	}
}
