package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.ducha.web.XlsxExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** API.md "Accountability": the case of a 股级 cadre from opening to a revoked decision, and the refusals. */
class AccountabilityApiIntegrationTests extends AccountabilityIntegrationSupport {

	@Autowired
	EventsRecorder events;

	ResultActions post(String path, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(who)
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	String openCase(String cadreNo) throws Exception {
		String json = post("/api/v1/accountability-cases", """
				{"subject":{"cadreNo":"%s"},"basis":{"problemIds":[],"reportIds":[]},"facts":"城建股未按期完成整改"}"""
			.formatted(cadreNo), OFFICER).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.id");
	}

	@Test
	void opensACaseWithTheFieldsOfTheContract() throws Exception {
		post("/api/v1/accountability-cases", """
				{"subject":{"cadreNo":"C013"},"basis":{"problemIds":[],"reportIds":[]},"facts":"事实"}""", OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPENED"))
			.andExpect(jsonPath("$.subject.cadreNo").value("C013"))
			.andExpect(jsonPath("$.jurisdiction.level").value("UNIT"))
			.andExpect(jsonPath("$.jurisdiction.decidingUnitCode").value("ZJJ"))
			.andExpect(jsonPath("$.linkedProposals", hasSize(3)))
			.andExpect(jsonPath("$.linkedProposals[0].role").value("SUPERVISING_LEADER"))
			.andExpect(jsonPath("$.linkedProposals[0].subject.cadreNo").value("C011"))
			.andExpect(jsonPath("$.linkedProposals[0].status").value("PROPOSED"))
			.andExpect(jsonPath("$.linkedProposals[0].caseId").value(nullValue()))
			.andExpect(jsonPath("$.linkedProposals[1].role").value("PRINCIPAL"))
			.andExpect(jsonPath("$.linkedProposals[2].role").value("PARTY_ORGANIZATION"))
			.andExpect(jsonPath("$.linkedProposals[2].subject.unitCode").value("ZJJ"));
	}

	/** API.md: a subject is {"cadreNo"} or {"unitCode"}, exactly one key; the rest is in subjectDetails. */
	@Test
	void subjectsHaveExactlyTheKeyOfTheContract() throws Exception {
		String cadre = post("/api/v1/accountability-cases", """
				{"subject":{"cadreNo":"C013"},"facts":"事实"}""", OFFICER).andExpect(status().isCreated())
			.andExpect(jsonPath("$.subjectDetails.kind").value("CADRE"))
			.andExpect(jsonPath("$.subjectDetails.name").value("郑伟"))
			.andExpect(jsonPath("$.subjectDetails.position").value("科员"))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.Map<String, Object>>read(cadre, "$.subject")).containsOnlyKeys("cadreNo")
			.containsEntry("cadreNo", "C013");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(cadre, "$.subjectDetails")).containsEntry("unitCode", "ZJJ");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(cadre, "$.linkedProposals[0].subject"))
			.containsOnlyKeys("cadreNo").containsEntry("cadreNo", "C011");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(cadre, "$.linkedProposals[2].subject"))
			.containsOnlyKeys("unitCode").containsEntry("unitCode", "ZJJ");
		assertThat(JsonPath.<String>read(cadre, "$.linkedProposals[2].subjectName")).isEqualTo("演示区住房和城乡建设局党组");

		String party = post("/api/v1/accountability-cases", """
				{"subject":{"unitCode":"SCJ"},"facts":"管党治党不严"}""", OFFICER).andExpect(status().isCreated())
			.andExpect(jsonPath("$.subjectDetails.kind").value("PARTY_ORGANIZATION"))
			.andExpect(jsonPath("$.subjectDetails.name").value("演示区市场监督管理局党组"))
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<java.util.Map<String, Object>>read(party, "$.subject")).containsOnlyKeys("unitCode")
			.containsEntry("unitCode", "SCJ");
	}

	@Test
	void sameIdempotencyKeyOpensOneCase() throws Exception {
		String body = """
				{"subject":{"cadreNo":"C013"},"facts":"幂等"}""";
		String first = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/accountability-cases").with(OFFICER).header("Idempotency-Key", "k-acc-1")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		String second = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/accountability-cases").with(OFFICER).header("Idempotency-Key", "k-acc-1")
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated()).andReturn()
			.getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
	}

	@Test
	void unitCaseRunsFromOpeningToARevokedDecision() throws Exception {
		String id = openCase("C012");
		String base = "/api/v1/accountability-cases/" + id;
		String json = mvc.perform(get(base).with(OFFICER)).andReturn().getResponse().getContentAsString();
		List<String> proposalIds = JsonPath.read(json, "$.linkedProposals[*].id");

		post(base + "/investigation", "{}", ZJJ).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("INVESTIGATING"));
		post(base + "/proposal", "{\"handling\":\"建议诫勉\"}", ZJJ).andExpect(jsonPath("$.status").value("PROPOSED"));
		String decision = """
				{"forms":["ADMONISHMENT"],"decidedOn":"2026-09-18","documentNumber":"住建党组〔2026〕3号"}""";
		post(base + "/decision", decision, ZJJ).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("DOUBLE_ACCOUNTABILITY_UNRESOLVED"));

		post(base + "/proposals/" + proposalIds.get(0) + "/open", "{}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.linkedProposals[0].status").value("OPENED"))
			.andExpect(jsonPath("$.linkedProposals[0].caseId").isNotEmpty());
		post(base + "/proposals/" + proposalIds.get(1) + "/dismiss", "{\"reason\":\"主要领导已及时部署整改\"}", ZJJ)
			.andExpect(status().isForbidden());
		post(base + "/proposals/" + proposalIds.get(1) + "/dismiss", "{\"reason\":\"主要领导已及时部署整改\"}", OFFICER)
			.andExpect(jsonPath("$.linkedProposals[1].status").value("DISMISSED"));
		post(base + "/proposals/" + proposalIds.get(2) + "/dismiss", "{\"reason\":\" \"}", OFFICER)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		post(base + "/proposals/" + proposalIds.get(2) + "/dismiss", "{\"reason\":\"党组已落实主体责任\"}", OFFICER)
			.andExpect(status().isOk());

		post(base + "/decision", decision, ZJJ).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("DEFENCE_NOT_RECORDED"));
		post(base + "/defence", "{\"statement\":\"本人对事实无异议，已深刻检查。\"}", ZJJ)
			.andExpect(jsonPath("$.defence.statement").value("本人对事实无异议，已深刻检查。"));
		post(base + "/decision", decision, OFFICER).andExpect(status().isForbidden());
		post(base + "/decision", """
				{"forms":["INSPECTION_ORDER"],"decidedOn":"2026-09-18","documentNumber":"x"}""", ZJJ)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("forms[0]"));
		post(base + "/decision", decision, ZJJ).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.fourForm").value(1))
			.andExpect(jsonPath("$.effectUntil").value("2027-03-18"))
			.andExpect(jsonPath("$.decidingBody").value("演示区住房和城乡建设局党组"));
		assertThat(cases.decisionsOf("C012")).extracting(DecisionRecord::caseId, DecisionRecord::revoked)
			.contains(org.assertj.core.groups.Tuple.tuple(id, false));
		await(() -> events.decided.stream().anyMatch(e -> e.caseId().equals(id) && e.fourForm() == 1));

		clock.setDate(LocalDate.of(2026, 10, 19));
		post(base + "/appeal", "{\"filedOn\":\"2026-10-19\",\"reason\":\"情节轻微\"}", ZJJ)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("APPEAL_PERIOD_EXPIRED"));
		post(base + "/appeal", "{\"filedOn\":\"2026-10-18\",\"reason\":\"情节轻微，已及时整改\"}", ZJJ)
			.andExpect(status().isOk()).andExpect(jsonPath("$.appeal.dueOn").value("2026-11-18"));
		post(base + "/appeal/decision", "{\"outcome\":\"REVOKED\"}", ZJJ).andExpect(status().isOk())
			.andExpect(jsonPath("$.revoked").value(true));
		assertThat(cases.decisionsOf("C012")).filteredOn(d -> d.caseId().equals(id)).singleElement()
			.satisfies(d -> assertThat(d.revoked()).isTrue());
		assertThat(cases.decisionsBetween(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)))
			.filteredOn(d -> d.caseId().equals(id)).singleElement().satisfies(d -> assertThat(d.revoked()).isTrue());
		await(() -> events.revoked.stream().anyMatch(e -> e.caseId().equals(id)));
	}

	@Test
	void unitPrincipalSeesOnlyTheUnitCasesOfItsUnitAndLiaisonNone() throws Exception {
		String unitCase = openCase("C013");
		String districtCase = openCase("C011");
		mvc.perform(get("/api/v1/accountability-cases/" + unitCase).with(ZJJ)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/accountability-cases/" + districtCase).with(ZJJ)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("CASE_NOT_FOUND"));
		mvc.perform(get("/api/v1/accountability-cases/" + unitCase).with(SCJ)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/accountability-cases/" + unitCase).with(ZJJ_LIAISON)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accountability-cases/" + unitCase).with(CADRE)).andExpect(status().isForbidden());
		String list = mvc.perform(get("/api/v1/accountability-cases?size=200").with(ZJJ)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> levels = JsonPath.read(list, "$.items[*].jurisdiction.level");
		assertThat(levels).isNotEmpty().containsOnly("UNIT");
	}

	@Test
	void listsFilteredCasesAndExportsThemAsXlsx() throws Exception {
		openCase("C021");
		mvc.perform(get("/api/v1/accountability-cases?jurisdiction=DISTRICT&unitCode=SCJ").with(LEADER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].jurisdiction.level").value("DISTRICT"))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/accountability-cases?format=xlsx").with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().contentType(XlsxExports.CONTENT_TYPE));
	}

	@Test
	void partyDisciplineFormsOnlyForPartyMembers() throws Exception {
		String id = openCase("C013");
		String base = "/api/v1/accountability-cases/" + id;
		post(base + "/investigation", "{}", ZJJ);
		post(base + "/proposal", "{\"handling\":\"警告\"}", ZJJ);
		String json = mvc.perform(get(base).with(OFFICER)).andReturn().getResponse().getContentAsString();
		for (String p : JsonPath.<List<String>>read(json, "$.linkedProposals[*].id")) {
			post(base + "/proposals/" + p + "/dismiss", "{\"reason\":\"不予追究\"}", OFFICER);
		}
		post(base + "/defence", "{\"declined\":true}", OFFICER).andExpect(jsonPath("$.defence.declined").value(true));
		post(base + "/decision", """
				{"forms":["PARTY_WARNING"],"decidedOn":"2026-09-18","documentNumber":"x"}""", ZJJ)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("forms[0]"));
		post(base + "/decision", """
				{"forms":["GOV_DEMERIT"],"decidedOn":"2026-09-18","documentNumber":"x","probationMonths":12}""", ZJJ)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("probationMonths"));
		post(base + "/decision", """
				{"forms":["GOV_DEMERIT","REMINDER_TALK"],"decidedOn":"2026-09-18","documentNumber":"x"}""", ZJJ)
			.andExpect(status().isOk()).andExpect(jsonPath("$.fourForm").value(2))
			.andExpect(jsonPath("$.effectUntil").value("2027-09-18"));
	}

	@Test
	void illegalTransitionAnswers409() throws Exception {
		String id = openCase("C021");
		post("/api/v1/accountability-cases/" + id + "/proposal", "{\"handling\":\"x\"}", OFFICER)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void districtCaseIsProposedByTheOfficerAndDecidedByTheDirector() throws Exception {
		String id = openCase("C021");
		String base = "/api/v1/accountability-cases/" + id;
		post(base + "/investigation", "{}", OFFICER).andExpect(status().isOk());
		post(base + "/proposal", "{\"handling\":\"建议诫勉\"}", OFFICER).andExpect(status().isOk());
		String json = mvc.perform(get(base).with(OFFICER)).andReturn().getResponse().getContentAsString();
		for (String p : JsonPath.<List<String>>read(json, "$.linkedProposals[*].id")) {
			post(base + "/proposals/" + p + "/dismiss", "{\"reason\":\"不予追究\"}", OFFICER);
		}
		post(base + "/defence", "{\"declined\":true}", OFFICER);
		String decision = """
				{"forms":["PARTY_PROBATION"],"decidedOn":"2026-09-18","documentNumber":"区纪〔2026〕9号","probationMonths":24}""";
		post(base + "/decision", decision, OFFICER).andExpect(status().isForbidden());
		post(base + "/decision", decision, DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.fourForm").value(3))
			.andExpect(jsonPath("$.effectUntil").value("2030-09-18"))
			.andExpect(jsonPath("$.decidingBody").value("演示区纪委监委"));
	}

	/** API.md's flow as written: open → resolve the proposals → defence → decision, with its codes on the way. */
	@Test
	void decisionFollowsTheFlowOfTheContractWithoutInvestigationOrProposalSteps() throws Exception {
		String id = openCase("C021");
		String base = "/api/v1/accountability-cases/" + id;
		String decision = """
				{"forms":["ADMONISHMENT"],"decidedOn":"2026-09-18","documentNumber":"区纪诫〔2026〕21号"}""";
		post(base + "/decision", decision, DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("DOUBLE_ACCOUNTABILITY_UNRESOLVED"));
		String json = mvc.perform(get(base).with(OFFICER)).andReturn().getResponse().getContentAsString();
		for (String p : JsonPath.<List<String>>read(json, "$.linkedProposals[*].id")) {
			post(base + "/proposals/" + p + "/dismiss", "{\"reason\":\"不予追究\"}", OFFICER).andExpect(status().isOk());
		}
		post(base + "/decision", decision, DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("DEFENCE_NOT_RECORDED"));
		post(base + "/defence", "{\"statement\":\"本人对事实无异议\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPENED"));
		post(base + "/decision", decision, DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.fourForm").value(1))
			.andExpect(jsonPath("$.effectUntil").value("2027-03-18"));
		post(base + "/decision", decision, DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	/** SPEC §2, §8.1: a CITY case's outcome is recorded after its referral, with a defence, and the day received. */
	@Test
	void cityCaseRecordsTheOutcomeReceivedAfterItsReferralAndTheDefence() throws Exception {
		String id = openCase("C003");
		String base = "/api/v1/accountability-cases/" + id;
		String json = mvc.perform(get(base).with(OFFICER)).andExpect(jsonPath("$.jurisdiction.level").value("CITY"))
			.andReturn().getResponse().getContentAsString();
		for (String p : JsonPath.<List<String>>read(json, "$.linkedProposals[*].id")) {
			post(base + "/proposals/" + p + "/dismiss", "{\"reason\":\"不予追究\"}", OFFICER).andExpect(status().isOk());
		}
		post(base + "/investigation", "{}", OFFICER).andExpect(status().isOk());
		post(base + "/proposal", "{\"handling\":\"建议报市纪委监委处理\"}", OFFICER).andExpect(status().isOk());
		clock.setDate(LocalDate.of(2026, 9, 25));
		String outcome = """
				{"forms":["ADMONISHMENT"],"decidedOn":"2026-09-23","documentNumber":"市纪诫〔2026〕4号",
				 "outcomeReceivedOn":"2026-09-24"}""";
		post(base + "/decision", outcome, DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("DEFENCE_NOT_RECORDED"));
		post(base + "/defence", "{\"declined\":true}", OFFICER).andExpect(status().isOk());
		post(base + "/decision", outcome, DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REFERRAL_NOT_RECORDED"));
		post(base + "/referral", "{\"to\":\"中共演示市纪委监委\",\"referredOn\":\"2026-09-21\"}", OFFICER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.referral.outcomeReceivedOn").value(nullValue()));
		post(base + "/decision", """
				{"forms":["ADMONISHMENT"],"decidedOn":"2026-09-23","documentNumber":"市纪诫〔2026〕4号",
				 "outcomeReceivedOn":"2026-09-22"}""", DIRECTOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcomeReceivedOn"));
		post(base + "/decision", outcome, DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECIDED"))
			.andExpect(jsonPath("$.decidingBody").value("中共演示市纪委监委"))
			.andExpect(jsonPath("$.referral.referredOn").value("2026-09-21"))
			.andExpect(jsonPath("$.referral.outcomeReceivedOn").value("2026-09-24"));
		mvc.perform(get("/accountability/cases/" + id).with(DIRECTOR)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("data-testid=\"outcome-received\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026-09-24")));

		String other = openCase("C021");
		String otherBase = "/api/v1/accountability-cases/" + other;
		json = mvc.perform(get(otherBase).with(OFFICER)).andReturn().getResponse().getContentAsString();
		for (String p : JsonPath.<List<String>>read(json, "$.linkedProposals[*].id")) {
			post(otherBase + "/proposals/" + p + "/dismiss", "{\"reason\":\"不予追究\"}", OFFICER);
		}
		post(otherBase + "/defence", "{\"declined\":true}", OFFICER);
		post(otherBase + "/decision", """
				{"forms":["ADMONISHMENT"],"decidedOn":"2026-09-25","documentNumber":"区纪诫〔2026〕5号",
				 "outcomeReceivedOn":"2026-09-25"}""", DIRECTOR).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("outcomeReceivedOn"));
	}
}
