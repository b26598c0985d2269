package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

class FaultToleranceIntegrationTests extends IntegrityIntegrationSupport {

	static String application(String caseId, boolean privateGain, boolean eightRules, boolean defied) {
		return """
				{"caseId":"%s","privateGain":%s,"eightRulesViolation":%s,"defiedProhibition":%s,
				 "collectiveDecision":true,"lossRetrieved":true,"statement":"为加快项目落地先行审批，未谋私利",
				 "lackOfExperience":true,"explorationNotProhibited":true,"unintendedForDevelopment":true,
				 "withinPolicy":true,"diligent":true,"noMajorLoss":true,"correctedPromptly":true}"""
			.formatted(caseId, privateGain, eightRules, defied);
	}

	String pendingApplication(String caseId) throws Exception {
		return JsonPath.read(ok(postJson("/api/v1/fault-tolerance-applications", application(caseId, false, false, false),
				OFFICER), 201), "$.id");
	}

	@Test
	void theCadreAppliesOnHisOwnOpenCaseAndTheApplicationWaitsForTheDirector() throws Exception {
		String caseId = openCase("C012");
		postJson("/api/v1/fault-tolerance-applications", application(caseId, false, false, false), CADRE)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.applicantKind").value("CADRE"))
			.andExpect(jsonPath("$.reason").doesNotExist());
	}

	@Test
	void theApplicationPageShowsEachChecklistAnswerAsGiven() throws Exception {
		String caseId = openCase("C012");
		String id = pendingApplication(caseId);
		String page = mvc.perform(get("/fault-tolerance/" + id).with(OFFICER)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		// privateGain, eightRulesViolation, defiedProhibition answered no; the nine others yes
		assertThat(page.split("<td>是</td>", -1)).hasSize(10);
		assertThat(page.split("<td>否</td>", -1)).hasSize(4);
	}

	@Test
	void privateGainIsRefusedAutomaticallyWithTheReason() throws Exception {
		String caseId = openCase("C013");
		postJson("/api/v1/fault-tolerance-applications", application(caseId, true, false, false), OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INELIGIBLE"))
			.andExpect(jsonPath("$.reason").value("PRIVATE_GAIN"));
	}

	@Test
	void eightRulesViolationAndDefiedProhibitionAreRefusedAutomatically() throws Exception {
		String caseId = openCase("C013");
		postJson("/api/v1/fault-tolerance-applications", application(caseId, false, true, true), OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("INELIGIBLE"))
			.andExpect(jsonPath("$.reasons[0]").value("EIGHT_RULES_VIOLATION"))
			.andExpect(jsonPath("$.reasons[1]").value("DEFIED_PROHIBITION"));
	}

	@Test
	void theUnitPrincipalAppliesForACadreOfHisUnitOnly() throws Exception {
		String caseId = openCase("C013");
		postJson("/api/v1/fault-tolerance-applications", application(caseId, false, false, false), ZJJ)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.applicantKind").value("UNIT"));
		String other = openCase("C011");
		postJson("/api/v1/fault-tolerance-applications", application(other, false, false, false), SCJ)
			.andExpect(status().isNotFound());
	}

	@Test
	void aCadreCannotApplyOnAnotherCadresCaseAndALiaisonNotAtAll() throws Exception {
		String caseId = openCase("C013");
		postJson("/api/v1/fault-tolerance-applications", application(caseId, false, false, false), CADRE)
			.andExpect(status().isNotFound());
		postJson("/api/v1/fault-tolerance-applications", application(caseId, false, false, false), ZJJ_LIAISON)
			.andExpect(status().isForbidden());
	}

	@Test
	void noApplicationOnceTheCaseIsDecided() throws Exception {
		String caseId = decidedCase("C013", List.of(Form.CRITICISM_EDUCATION), LocalDate.of(2026, 9, 1), null);
		postJson("/api/v1/fault-tolerance-applications", application(caseId, false, false, false), OFFICER)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void onlyTheOfficeDirectorDecides() throws Exception {
		String id = pendingApplication(openCase("C013"));
		postJson("/api/v1/fault-tolerance-applications/" + id + "/decision",
				"{\"outcome\":\"EXEMPT\",\"basis\":\"符合容错情形\"}", OFFICER)
			.andExpect(status().isForbidden());
		postJson("/api/v1/fault-tolerance-applications/" + id + "/decision", "{\"outcome\":\"EXEMPT\"}", DIRECTOR)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("basis"));
	}

	@Test
	void exemptEndsTheCaseExempted() throws Exception {
		String caseId = openCase("C013");
		String id = pendingApplication(caseId);
		postJson("/api/v1/fault-tolerance-applications/" + id + "/decision",
				"{\"outcome\":\"EXEMPT\",\"basis\":\"属于探索性试验中的失误，未谋私利，已及时纠正\"}", DIRECTOR)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.outcome").value("EXEMPT"));
		assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.EXEMPTED);
		assertThat(auditCount("FAULT_TOLERANCE_DECIDED", id)).isEqualTo(1);
		postJson("/api/v1/fault-tolerance-applications/" + id + "/decision",
				"{\"outcome\":\"REFUSE\",\"basis\":\"再次认定\"}", DIRECTOR)
			.andExpect(status().isConflict());
	}

	@Test
	void mitigateIsRecordedOnTheCaseAndRefuseLeavesItAsItWas() throws Exception {
		String mitigated = openCase("C013");
		postJson("/api/v1/fault-tolerance-applications/" + pendingApplication(mitigated) + "/decision",
				"{\"outcome\":\"MITIGATE\",\"basis\":\"损失已挽回\"}", DIRECTOR)
			.andExpect(status().isOk());
		assertThat(cases.get(mitigated).status()).isEqualTo(CaseStatus.OPENED);
		assertThat(cases.get(mitigated).mitigationBasis()).contains("损失已挽回");
		String refused = openCase("C013");
		postJson("/api/v1/fault-tolerance-applications/" + pendingApplication(refused) + "/decision",
				"{\"outcome\":\"REFUSE\",\"basis\":\"不符合容错条件\"}", DIRECTOR)
			.andExpect(status().isOk());
		assertThat(cases.get(refused).status()).isEqualTo(CaseStatus.OPENED);
		assertThat(cases.get(refused).mitigationBasis()).isNull();
	}

	@Test
	void theDeterminationDocumentCarriesCaseApplicantChecklistDecisionAndBasis() throws Exception {
		String caseId = openCase("C013");
		String id = pendingApplication(caseId);
		mvc.perform(get("/api/v1/fault-tolerance-applications/" + id + "/document").with(DIRECTOR))
			.andExpect(status().isConflict());
		clock.setDate(LocalDate.of(2026, 9, 21));
		ok(postJson("/api/v1/fault-tolerance-applications/" + id + "/decision",
				"{\"outcome\":\"EXEMPT\",\"basis\":\"先行先试出现失误，未谋取私利\"}", DIRECTOR), 200);
		byte[] docx = mvc.perform(get("/api/v1/fault-tolerance-applications/" + id + "/document").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text = docxText(docx);
		assertThat(text).contains("容错认定书", "容错认定第" + id + "号", caseId, "郑伟", "演示区住房和城乡建设局", "科员",
				"作风办代为申请", "为加快项目落地先行审批，未谋私利", "是否谋取私利", "经集体决策", "免予问责",
				"先行先试出现失误，未谋取私利", "2026年9月21日");
		mvc.perform(get("/api/v1/fault-tolerance-applications/" + id + "/document").with(ZJJ_LIAISON))
			.andExpect(status().isNotFound());
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstApplication() throws Exception {
		String caseId = openCase("C013");
		String first = ok(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/fault-tolerance-applications").with(OFFICER).header("Idempotency-Key", "ft-1")
			.contentType("application/json").content(application(caseId, false, false, false))), 201);
		String second = ok(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/fault-tolerance-applications").with(OFFICER).header("Idempotency-Key", "ft-1")
			.contentType("application/json").content(application(caseId, false, false, false))), 201);
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
	}
}
