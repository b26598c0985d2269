package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.ducha.attachment.Attachments;
import org.ducha.intake.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FalseAccusationIntegrationTests extends IntegrityIntegrationSupport {

	@Autowired
	Attachments attachments;

	String evidence() {
		return evidence("officer");
	}

	/** Evidence uploaded by the user who then records the false accusation. */
	String evidence(String uploader) {
		return attachments.store(new ByteArrayInputStream("谈话笔录：举报人承认捏造事实".getBytes(StandardCharsets.UTF_8)),
				"evidence.txt", uploader, false).id();
	}

	@Test
	void aCadreWhoKnowinglyFabricatedFacesACaseBasedOnTheReport() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		String body = """
				{"knowinglyFabricated":true,"facts":"举报人因个人恩怨捏造事实","evidenceIds":["%s"],
				 "accuserKind":"CADRE","accuserCadreNo":"C021"}""".formatted(evidence());
		String json = ok(postJson("/api/v1/reports/" + reportId + "/false-accusation", body, OFFICER), 201);
		String caseId = JsonPath.read(json, "$.caseId");
		assertThat((String) JsonPath.read(json, "$.accuserCadreNo")).isEqualTo("C021");
		CaseView opened = cases.get(caseId);
		assertThat(opened.subject().cadreNo()).isEqualTo("C021");
		assertThat(opened.basisIds(BasisKind.REPORT)).containsExactly(reportId);
		postJson("/api/v1/reports/" + reportId + "/false-accusation", body, OFFICER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("FALSE_ACCUSATION_RECORDED"));
	}

	@Test
	void anyoneElseIsReferredToThePoliceWithDateAndRecipient() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		postJson("/api/v1/reports/" + reportId + "/false-accusation", """
				{"knowinglyFabricated":true,"facts":"捏造事实","evidenceIds":["%s"],"accuserKind":"OTHER"}"""
			.formatted(evidence()), OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("referredOn", "referredTo")));
		postJson("/api/v1/reports/" + reportId + "/false-accusation", """
				{"knowinglyFabricated":true,"facts":"捏造事实","evidenceIds":["%s"],"accuserKind":"OTHER",
				 "referredOn":"2026-09-18","referredTo":"演示区公安分局"}""".formatted(evidence("director")), DIRECTOR)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.caseId").doesNotExist())
			.andExpect(jsonPath("$.referredTo").value("演示区公安分局"))
			.andExpect(jsonPath("$.evidenceIds.length()").value(1));
	}

	@Test
	void anHonestMistakeIsNeverRecordedAsAFalseAccusation() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		postJson("/api/v1/reports/" + reportId + "/false-accusation",
				"{\"knowinglyFabricated\":false,\"facts\":\"误解政策\",\"evidenceIds\":[],\"accuserKind\":\"OTHER\","
						+ "\"referredOn\":\"2026-09-18\",\"referredTo\":\"公安\"}", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(
					org.hamcrest.Matchers.containsInAnyOrder("knowinglyFabricated", "evidenceIds")));
	}

	@Test
	void anAnonymousReportIsNeverRecordedAsAFalseAccusation() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, false);
		postJson("/api/v1/reports/" + reportId + "/false-accusation", """
				{"knowinglyFabricated":true,"facts":"捏造","evidenceIds":["%s"],"accuserKind":"OTHER",
				 "referredOn":"2026-09-18","referredTo":"公安"}""".formatted(evidence()), OFFICER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REPORT_NOT_NAMED"));
	}

	@Test
	void aSubstantiatedReportIsNeverAFalseAccusationAndUnitsMayNotRecordOne() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.SUBSTANTIATED, true);
		String body = """
				{"knowinglyFabricated":true,"facts":"捏造","evidenceIds":["%s"],"accuserKind":"OTHER",
				 "referredOn":"2026-09-18","referredTo":"公安"}""".formatted(evidence());
		postJson("/api/v1/reports/" + reportId + "/false-accusation", body, OFFICER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("FINDING_NOT_UNSUBSTANTIATED"));
		postJson("/api/v1/reports/" + reportId + "/false-accusation", body, ZJJ).andExpect(status().isForbidden());
	}
}
