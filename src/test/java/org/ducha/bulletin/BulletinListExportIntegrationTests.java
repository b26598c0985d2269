package org.ducha.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ducha.dashboard.StatisticsIntegrationSupport;
import org.ducha.web.XlsxRows;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The bulletin list's .xlsx on the page and the API: a draft for the office, not for a unit. */
class BulletinListExportIntegrationTests extends StatisticsIntegrationSupport {

	@Test
	void aDraftIsExportedForTheOfficeButNotForAUnit() throws Exception {
		mvc.perform(post("/api/v1/bulletins").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"2018-05\"}")).andExpect(status().isCreated());

		for (String path : List.of("/bulletins", "/api/v1/bulletins")) {
			List<List<String>> rows = xlsx(path, OFFICER);
			assertThat(rows.getFirst()).containsExactly("月份", "状态", "版本", "印发日期");
			assertThat(rows.stream().filter(r -> r.getFirst().equals("2018-05")).findFirst().orElseThrow())
				.startsWith("2018-05", "草稿", "1");
			assertThat(XlsxRows.column(xlsx(path, ZJJ), 0)).doesNotContain("2018-05");
		}
		String page = mvc.perform(get("/bulletins").with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("data-testid=\"bulletin-export\"");
		mvc.perform(get("/bulletins").param("format", "xlsx").with(INSPECTOR)).andExpect(status().isForbidden());
	}

	private List<List<String>> xlsx(String path, RequestPostProcessor who) throws Exception {
		MockHttpServletRequestBuilder request = get(path).param("format", "xlsx").with(who);
		return XlsxRows.of(mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
			.andReturn().getResponse().getContentAsByteArray());
	}
}
