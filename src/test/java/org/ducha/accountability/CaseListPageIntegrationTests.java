package org.ducha.accountability;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

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
	void listsAnUndecidedCase() throws Exception {
		mvc.perform(post("/api/v1/accountability-cases").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"subject":{"cadreNo":"C013"},"facts":"推诿扯皮"}"""))
			.andExpect(status().isCreated());
		mvc.perform(get("/accountability/cases").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(view().name("accountability/list"));
	}

	@Test
	void otherRolesMayNotReadTheCaseList() throws Exception {
		mvc.perform(get("/accountability/cases").with(ZJJ_LIAISON)).andExpect(status().isForbidden());
	}
}
