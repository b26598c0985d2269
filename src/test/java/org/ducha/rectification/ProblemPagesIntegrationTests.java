package org.ducha.rectification;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class ProblemPagesIntegrationTests extends RectificationIntegrationSupport {

	@Test
	void officeCreatesAProblemFromTheFormAndSeesItsAssignment() throws Exception {
		String location = mvc.perform(post("/problems").with(OFFICER).with(csrf())
				.param("unitCode", "SCJ").param("categoryCode", "ZFZD-03").param("severity", "GENERAL")
				.param("source", "OTHER").param("description", "投诉处理推诿").param("dueInWorkingDays", "20")
				.param("issuedOn", "2026-09-18"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/problems/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/assignments/")))
			.andExpect(content().string(Matchers.containsString("2026-10-22")));
	}

	@Test
	void formShowsTheMessageBesideTheFieldAndCreatesNothing() throws Exception {
		long before = count("problem");
		mvc.perform(post("/problems").with(OFFICER).with(csrf())
				.param("unitCode", "SCJ").param("categoryCode", "ZFZD-03").param("severity", "GENERAL")
				.param("source", "OTHER").param("description", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.containsString("请填写问题描述")));
		org.assertj.core.api.Assertions.assertThat(count("problem")).isEqualTo(before);
	}

	@Test
	void unitSeesItsProblemPageAndAnotherUnitsAnswersNotFound() throws Exception {
		String own = createdId(problemJson("ZJJ", "ZFZD-03", null));
		String other = createdId(problemJson("SCJ", "ZFZD-03", null));
		mvc.perform(get("/problems/" + own).with(ZJJ_LIAISON)).andExpect(status().isOk());
		mvc.perform(get("/problems/" + other).with(ZJJ_LIAISON)).andExpect(status().isNotFound());
		mvc.perform(get("/problems/new").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/problems").with(ZJJ)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.not(Matchers.containsString("data-testid=\"report-leads\""))));
	}

	@Test
	void listExportsXlsxAndFindingAndSelfExaminationPagesRender() throws Exception {
		mvc.perform(get("/problems").param("format", "xlsx").with(ZJJ)).andExpect(status().isOk());
		mvc.perform(get("/inspection-findings/new").with(INSPECTOR)).andExpect(status().isOk());
		mvc.perform(get("/inspection-findings").with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/self-examination").with(ZJJ)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("self-form")));
		mvc.perform(get("/self-examination").with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/self-examination/template.xlsx").with(ZJJ)).andExpect(status().isOk());
		mvc.perform(get("/inspection-findings").with(ZJJ)).andExpect(status().isForbidden());
	}
}
