package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class DuplicateProposalsIntegrationTests extends IntakeIntegrationSupport {

	static final String CHEN_GANG = "[{\"name\":\"陈刚\",\"unitName\":\"演示区住房和城乡建设局\",\"position\":\"股长\"}]";
	static final String ZHOU_QIANG = "[{\"name\":\"周强\",\"unitName\":\"演示区住房和城乡建设局\",\"position\":\"局长\"}]";
	static final String CHEN_GANG_AND_LIN_JING = "[{\"name\":\"陈刚\",\"unitName\":\"演示区住房和城乡建设局\",\"position\":\"股长\"},"
			+ "{\"name\":\"林静\",\"unitName\":\"演示区纪委监委\",\"position\":\"干部\"}]";

	static String report(String accused, String units, String text) {
		String[] parts = text.split("\n", 2);
		return """
				{"channel":"LETTER","receivedOn":"2026-09-18","anonymous":true,"pin":"pin-123456",
				 "accused":%s,"accusedUnits":%s,"categoryCode":"ZFZD-03","subject":"%s","content":"%s","occurredOn":"2026-09-01"}"""
			.formatted(accused, units, parts[0], parts[1] + " #" + COUNTER.incrementAndGet());
	}

	String tracking(String id) throws Exception {
		return JsonPath.read(read(id, LEADER).andReturn().getResponse().getContentAsString(), "$.trackingNumber");
	}

	String page(String id, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/reports/" + id).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	boolean proposes(String id, String earlierId, RequestPostProcessor who) throws Exception {
		return page(id, who).contains("data-duplicate=\"" + tracking(earlierId) + "\"");
	}

	@Test
	void anEarlierReportOnTheSameCadreWithSimilarTextIsProposedForMerging() throws Exception {
		String earlier = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW));
		String later = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW_RETOLD));
		assertThat(proposes(later, earlier, OFFICER)).isTrue();
		assertThat(page(later, OFFICER)).contains("data-action=\"merge-duplicate\"");
	}

	@Test
	void anEarlierReportOnTheSameUnitWithSimilarTextIsProposed() throws Exception {
		String units = "[\"演示区住房和城乡建设局\"]";
		String earlier = registerId(report("[]", units, TextSimilarityTests.WINDOW));
		String later = registerId(report("[]", units, TextSimilarityTests.WINDOW_RETOLD));
		assertThat(proposes(later, earlier, DIRECTOR)).isTrue();
	}

	@Test
	void theSameCadreWithADifferentMatterIsNotProposed() throws Exception {
		String earlier = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.BANQUET));
		String later = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW_RETOLD));
		assertThat(proposes(later, earlier, OFFICER)).isFalse();
	}

	@Test
	void theSameTextAboutAnotherCadreIsNotProposed() throws Exception {
		String earlier = registerId(report(ZHOU_QIANG, "[]", TextSimilarityTests.WINDOW));
		String later = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW_RETOLD));
		assertThat(proposes(later, earlier, OFFICER)).isFalse();
	}

	@Test
	void anEarlierReportHiddenFromTheOfficerIsNeverProposedToThem() throws Exception {
		String earlier = registerId(report(CHEN_GANG_AND_LIN_JING, "[]", TextSimilarityTests.WINDOW));
		String later = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW_RETOLD));
		assertThat(proposes(later, earlier, DIRECTOR)).isTrue();
		assertThat(page(later, OFFICER)).doesNotContain(tracking(earlier));
	}

	/** Registers through the staff registration page and opens the page it leads to, as the browser does. */
	String registerOnPageAndFollow(String text, RequestPostProcessor who) throws Exception {
		String[] parts = text.split("\n", 2);
		MvcResult saved = mvc.perform(post("/reports").with(who).with(csrf())
			.param("channel", "LETTER").param("receivedOn", "2026-09-18").param("anonymous", "true").param("pin", "pin-123456")
			.param("accused[0].name", "陈刚").param("accused[0].unitName", "演示区住房和城乡建设局")
			.param("subject", parts[0]).param("content", parts[1] + " #" + COUNTER.incrementAndGet())
			.param("categoryCode", "ZFZD-03"))
			.andExpect(status().is3xxRedirection()).andReturn();
		return mvc.perform(get(saved.getResponse().getRedirectedUrl()).with(who).cookie(saved.getResponse().getCookies()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theIntakeOfficerSeesCandidateDuplicatesRightAfterRegistering() throws Exception {
		String earlier = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW));
		String page = registerOnPageAndFollow(TextSimilarityTests.WINDOW_RETOLD, INTAKE);
		assertThat(page).contains("data-testid=\"registration-duplicates\"", "data-duplicate=\"" + tracking(earlier) + "\"",
				"data-testid=\"merge-by-officer\"");
		assertThat(page).doesNotContain("data-action=\"merge-duplicate\"");
	}

	@Test
	void theIntakeOfficerIsNeverProposedAReportItMayNotSee() throws Exception {
		String byOfficer = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW), OFFICER);
		String page = registerOnPageAndFollow(TextSimilarityTests.WINDOW_RETOLD, INTAKE);
		assertThat(page).doesNotContain(tracking(byOfficer));
	}

	@Test
	void aDifferentMatterIsNotProposedAfterRegistering() throws Exception {
		String earlier = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.BANQUET));
		assertThat(registerOnPageAndFollow(TextSimilarityTests.WINDOW_RETOLD, INTAKE)).doesNotContain(tracking(earlier));
	}

	@Test
	void anOfficerRegisteringMergesIntoAProposedDuplicateInOneClick() throws Exception {
		String earlier = registerId(report(CHEN_GANG, "[]", TextSimilarityTests.WINDOW), OFFICER);
		String page = registerOnPageAndFollow(TextSimilarityTests.WINDOW_RETOLD, OFFICER);
		assertThat(page).contains("data-testid=\"registration-duplicates\"", "data-action=\"merge-duplicate\"");
		assertThat(page).doesNotContain("data-testid=\"duplicate-proposals\"");
		String later = page.replaceAll("(?s).*action=\"/reports/(\\d+)/merge\".*", "$1");
		mvc.perform(post("/reports/" + later + "/merge").with(OFFICER).with(csrf()).param("intoTrackingNumber", tracking(earlier)))
			.andExpect(status().is3xxRedirection());
		read(later, LEADER).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
			.value("MERGED"));
	}
}
