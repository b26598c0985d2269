package org.ducha.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.ducha.web.XlsxRows;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The .xlsx exports of the cadre list and the secondment list, under the pages' filters. */
@DemoDistrictTest
class OrganizationListExportIntegrationTests {

	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

	@Autowired
	MockMvc mvc;

	@Test
	void theCadreListExportsUnderItsFilters() throws Exception {
		List<List<String>> rows = xlsx(get("/organization/cadres").param("format", "xlsx").param("unitCode", "ZJJ"));
		assertThat(rows.getFirst()).containsExactly("干部编号", "姓名", "所在单位", "职务", "职级", "状态");
		List<String> chen = rows.stream().filter(r -> r.getFirst().equals("C012")).findFirst().orElseThrow();
		assertThat(chen).contains("陈刚", "在职");
		assertThat(XlsxRows.column(rows, 0)).doesNotContain("C040");

		assertThat(page(get("/organization/cadres").param("unitCode", "ZJJ")))
			.contains("data-testid=\"cadre-export\"").contains("unitCode=ZJJ");
		mvc.perform(get("/organization/cadres").param("format", "xlsx").with(user("c").roles("CADRE")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theSecondmentListExportsUnderItsFilter() throws Exception {
		List<List<String>> overdue = xlsx(get("/organization/secondments").param("format", "xlsx").param("filter", "OVERDUE"));
		assertThat(overdue.getFirst()).containsExactly("干部编号", "干部", "原单位", "借调单位", "借调事由", "开始日期",
				"原计划结束日期", "计划结束日期", "状态", "归还日期");
		assertThat(XlsxRows.column(overdue, 0)).containsExactly("C013");
		assertThat(overdue.get(1)).contains("借调不退 · 超期 40 天");

		List<List<String>> open = xlsx(get("/organization/secondments").param("format", "xlsx"));
		assertThat(XlsxRows.column(open, 0)).containsExactly("C013", "C021");

		assertThat(page(get("/organization/secondments"))).contains("data-testid=\"secondment-export\"");
		mvc.perform(get("/organization/secondments").param("format", "xlsx").with(user("c").roles("CADRE")))
			.andExpect(status().isForbidden());
	}

	private List<List<String>> xlsx(MockHttpServletRequestBuilder request) throws Exception {
		return XlsxRows.of(mvc.perform(request.with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
			.andReturn().getResponse().getContentAsByteArray());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(OFFICER)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
