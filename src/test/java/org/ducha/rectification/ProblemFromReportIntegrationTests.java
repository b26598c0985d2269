package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.ducha.intake.Finding;
import org.ducha.intake.ReportConcluded;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

class ProblemFromReportIntegrationTests extends RectificationIntegrationSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	ReportLeadRepository leads;

	@Autowired
	ProblemReportFollowUps followUps;

	void conclude(String reportId, Finding finding) {
		new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new ReportConcluded(reportId,
				"JB-2026-" + reportId, finding, List.of("C012"), List.of("ZJJ"), true, null, "BXGD-01-02",
				LocalDate.of(2026, 9, 17))));
	}

	@Test
	void substantiatedReportWaitsForAProblemAndTheProblemCarriesNoReportToTheUnit() throws Exception {
		conclude("900001", Finding.PARTLY_SUBSTANTIATED);
		await(() -> leads.findById("900001").isPresent());
		mvc.perform(get("/problems").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/problems/new?reportId=900001")));
		mvc.perform(get("/problems/new").param("reportId", "900001").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("JB-2026-900001")));
		String json = created("""
				{"unitCode":"ZJJ","categoryCode":"BXGD-01-02","severity":"SERIOUS","source":"REPORT",
				 "description":"施工许可审批中存在推诿现象","responsibleCadreNos":["C012"],"reportId":"900001"}""");
		String id = com.jayway.jsonpath.JsonPath.read(json, "$.id");
		assertThat(leads.findById("900001").orElseThrow().isWaiting()).isFalse();
		read(id, ZJJ).andExpect(status().isOk())
			.andExpect(jsonPath("$.reportId").doesNotExist())
			.andExpect(content().string(Matchers.not(Matchers.containsString("900001"))));
		mvc.perform(get("/problems/" + id).with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("JB-2026-900001"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/reports/"))));
		assertThat(followUps.followUpsOf("900001")).singleElement()
			.satisfies(f -> assertThat(f.href()).isEqualTo("/problems/" + id));
	}

	@Test
	void unsubstantiatedReportLeavesNoLeadAndCannotBeCited() throws Exception {
		conclude("900002", Finding.UNSUBSTANTIATED);
		conclude("900003", Finding.SUBSTANTIATED);
		await(() -> leads.findById("900003").isPresent());
		assertThat(leads.findById("900002")).isEmpty();
		create("""
				{"unitCode":"ZJJ","categoryCode":"BXGD-01-02","severity":"SERIOUS","source":"REPORT",
				 "description":"x","responsibleCadreNos":[],"reportId":"900002"}""", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reportId"));
	}
}
