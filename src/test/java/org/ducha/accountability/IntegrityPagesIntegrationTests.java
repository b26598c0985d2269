package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class IntegrityPagesIntegrationTests extends IntegrityIntegrationSupport {

	@Test
	void theOfficeSeesTheWholeFileWithRevokedDecisionsMarked() throws Exception {
		String kept = decidedCase("C021", List.of(Form.ADMONISHMENT), LocalDate.of(2026, 8, 1), null);
		String revoked = decidedCase("C021", List.of(Form.GOV_DEMERIT), LocalDate.of(2026, 7, 1), null);
		revoke(revoked, LocalDate.of(2026, 8, 20));
		mvc.perform(get("/cadres/C021/integrity").with(OFFICER).header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("何敏的廉政档案")))
			.andExpect(content().string(Matchers.containsString("data-case-id=\"" + kept + "\"")))
			.andExpect(content().string(Matchers.containsString("已撤销（2026-08-20），不再计入")))
			.andExpect(content().string(Matchers.containsString("2027-02-01")))
			.andExpect(content().string(Matchers.containsString("data-testid=\"commendation-form\"")));
	}

	@Test
	void aCadreSeesHisOwnFileWithoutReportsAndNoOtherFile() throws Exception {
		// the demo district holds an open report naming 陈刚
		mvc.perform(get("/cadres/C012/integrity").with(OFFICER))
			.andExpect(content().string(Matchers.containsString("data-testid=\"integrity-open-reports\"")));
		mvc.perform(get("/cadres/C012/integrity").with(CADRE))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("integrity-open-reports"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("JB-2026"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("commendation-form"))));
		mvc.perform(get("/my/integrity").with(CADRE)).andExpect(header().string("Location", "/cadres/C012/integrity"));
		mvc.perform(get("/cadres/C013/integrity").with(CADRE)).andExpect(status().isNotFound());
		mvc.perform(get("/cadres/C012/integrity").with(ZJJ)).andExpect(status().isForbidden());
	}

	@Test
	void aCommendationIsRecordedFromTheFileAndARefusedOneKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/cadres/C004/integrity/commendations").with(OFFICER).with(csrf())
			.param("title", "").param("issuingBody", "中共演示区委员会").param("awardedOn", "2026-07-01")
			.header("Accept-Language", "zh-CN"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("请填写表彰名称")))
			.andExpect(content().string(Matchers.containsString("value=\"中共演示区委员会\"")));
		mvc.perform(post("/cadres/C004/integrity/commendations").with(OFFICER).with(csrf())
			.param("title", "优秀共产党员").param("issuingBody", "中共演示区委员会").param("awardedOn", "2026-07-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/cadres/C004/integrity").with(LEADER))
			.andExpect(content().string(Matchers.containsString("优秀共产党员")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("commendation-form"))));
	}

	@Test
	void theOpinionPageListsEachCadreAndOffersTheReply() throws Exception {
		mvc.perform(get("/integrity-opinions").with(OFFICER)).andExpect(status().isOk());
		mvc.perform(post("/integrity-opinions").with(LEADER).with(csrf()).param("cadreNos", "C004\nC005")
			.param("asOf", "2026-09-18"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-cadre-no=\"C004\"")))
			.andExpect(content().string(Matchers.containsString("data-opinion=\"NO_OBJECTION\"")))
			.andExpect(content().string(Matchers.containsString("opinions-download")));
		byte[] docx = mvc.perform(post("/integrity-opinions/document").with(OFFICER).with(csrf())
			.param("cadreNos", "C004,C005").param("asOf", "2026-09-18"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(docxText(docx)).contains("孙丽", "黄海");
		mvc.perform(get("/integrity-opinions").with(CADRE)).andExpect(status().isForbidden());
	}

	@Test
	void theCadreAppliesFromHisFileAndTheDirectorDecidesOnThePage() throws Exception {
		String caseId = openCase("C012");
		mvc.perform(get("/cadres/C012/integrity").with(CADRE))
			.andExpect(content().string(Matchers.containsString("/fault-tolerance/new?caseId=" + caseId)));
		mvc.perform(post("/fault-tolerance").with(CADRE).with(csrf()).param("caseId", caseId)
			.param("privateGain", "false").param("statement", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")));
		String location = mvc.perform(post("/fault-tolerance").with(CADRE).with(csrf()).param("caseId", caseId)
			.param("privateGain", "false").param("collectiveDecision", "true").param("statement", "先行先试"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(DIRECTOR))
			.andExpect(content().string(Matchers.containsString("ft-decide-form")));
		mvc.perform(post(location + "/decision").with(DIRECTOR).with(csrf()).param("outcome", "MITIGATE")
			.param("basis", "及时纠错"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get(location).with(CADRE))
			.andExpect(content().string(Matchers.containsString("ft-document")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("ft-decide-form"))));
		mvc.perform(get("/fault-tolerance").with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(location)));
	}

	@Test
	void theCasePageLinksToFaultToleranceAndTheSubjectsFile() throws Exception {
		String caseId = openCase("C013");
		mvc.perform(get("/accountability/cases/" + caseId).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/fault-tolerance/new?caseId=" + caseId)))
			.andExpect(content().string(Matchers.containsString("/cadres/C013/integrity")));
		String decided = decidedCase("C013", List.of(Form.CRITICISM_EDUCATION), LocalDate.of(2026, 9, 1), null);
		mvc.perform(get("/accountability/cases/" + decided).with(OFFICER))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/fault-tolerance/new?caseId=" + decided))));
	}

	@Test
	void theNameClearingPagesListUnsubstantiatedReportsAndApprovals() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", org.ducha.intake.Finding.UNSUBSTANTIATED, true);
		mvc.perform(get("/name-clearings").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/name-clearings/reports/" + reportId)));
		mvc.perform(get("/name-clearings/reports/" + reportId).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("fa-form")));
		mvc.perform(post("/name-clearings/reports/" + reportId).with(OFFICER).with(csrf()).param("cadreNo", "C040")
			.param("method", "TALK_OR_LETTER").param("scope", "本人及局党组书记"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/name-clearings").with(DIRECTOR))
			.andExpect(content().string(Matchers.containsString("nc-approve")));
		mvc.perform(post("/name-clearings/reports/" + reportId + "/false-accusation").with(OFFICER).with(csrf())
			.param("facts", "捏造").param("accuserKind", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("错告不得认定")));
		mvc.perform(get("/name-clearings").with(ZJJ)).andExpect(status().isForbidden());
	}

	static org.springframework.test.web.servlet.request.RequestPostProcessor csrf() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}
}
