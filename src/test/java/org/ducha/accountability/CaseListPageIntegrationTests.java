package org.ducha.accountability;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;

/** The case list page for each role its navigation entry is shown to. */
class CaseListPageIntegrationTests extends AccountabilityIntegrationSupport {

	@Test
	void theLeaderReadsTheCaseListWithoutTheOfficesWorkQueues() throws Exception {
		mvc.perform(get("/accountability/cases").with(LEADER))
			.andExpect(status().isOk())
			.andExpect(view().name("accountability/list"));
	}

	@Test
	void theOfficeAndAUnitPrincipalReadTheCaseList() throws Exception {
		mvc.perform(get("/accountability/cases").with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/accountability/cases").with(ZJJ)).andExpect(status().isOk());
	}

	@Test
	void otherRolesMayNotReadTheCaseList() throws Exception {
		mvc.perform(get("/accountability/cases").with(ZJJ_LIAISON)).andExpect(status().isForbidden());
	}
}
