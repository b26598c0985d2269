package org.ducha.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The list pages keep the drill-down filters in their form (hidden), in the paging and export links,
 * and their .xlsx export holds exactly the drilled rows (May–August 2019).
 */
class StatisticsDrillDownPagesIntegrationTests extends StatisticsIntegrationSupport {

	private static LocalDate d(String date) {
		return LocalDate.parse(date);
	}

	private static MockHttpServletRequestBuilder page(String path, String... params) {
		MockHttpServletRequestBuilder request = get(path).with(LEADER);
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return request;
	}

	private int exportedRows(String path, String... params) throws Exception {
		byte[] body = mvc.perform(page(path, params).param("format", "xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			return workbook.getSheetAt(0).getLastRowNum();
		}
	}

	@Test
	void theReportListKeepsTheDrillFiltersAndExportsOnlyTheDrilledReports() throws Exception {
		fixtures.report("LETTER", "ZFZD-04", d("2019-04-20"), d("2019-05-06"), null, null);
		fixtures.report("LETTER", "ZFZD-04", d("2019-05-07"), d("2019-05-08"), null, null);
		fixtures.report("LETTER", "ZFZD-04", d("2019-05-09"), null, null, null);
		String[] drill = { "acceptedFrom", "2019-05-01", "acceptedTo", "2019-05-31" };
		mvc.perform(page("/reports", drill))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"drill-notice\"")))
			.andExpect(content().string(containsString("name=\"acceptedFrom\" value=\"2019-05-01\"")))
			.andExpect(content().string(containsString("acceptedTo=2019-05-31")));
		assertThat(exportedRows("/reports", drill)).isEqualTo(2);
		mvc.perform(page("/reports")).andExpect(content().string(not(containsString("data-testid=\"drill-notice\""))));
	}

	@Test
	void theProblemListDrillsByFoundDateAndCategoryWithItsChildren() throws Exception {
		fixtures.problem("ZJJ", "BXGD-02-02", d("2019-06-03"), d("2019-06-28"), null);
		fixtures.problem("SCJ", "BXGD-02", d("2019-06-04"), d("2019-06-28"), null);
		fixtures.problem("SCJ", "ZFZD-04", d("2019-06-05"), d("2019-06-28"), null);
		String[] drill = { "foundFrom", "2019-06-01", "foundTo", "2019-06-30", "categoryCode", "BXGD-02",
				"withSubcategories", "true" };
		mvc.perform(page("/problems", drill))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"foundFrom\" value=\"2019-06-01\"")))
			.andExpect(content().string(containsString("name=\"categoryCode\" value=\"BXGD-02\"")))
			.andExpect(content().string(containsString("withSubcategories=true")));
		assertThat(exportedRows("/problems", drill)).isEqualTo(2);
		assertThat(exportedRows("/problems", "foundFrom", "2019-06-01", "foundTo", "2019-06-30", "categoryCode",
				"BXGD-02")).isEqualTo(1);
	}

	@Test
	void theAssignmentListDrillsToTheOverdueRectifications() throws Exception {
		fixtures.problem("ZJJ", "ZFZD-04", d("2019-07-01"), d("2019-07-10"), d("2019-07-09"));
		fixtures.problem("ZJJ", "ZFZD-04", d("2019-07-01"), d("2019-07-11"), d("2019-07-15"));
		fixtures.problem("SCJ", "ZFZD-04", d("2019-07-01"), d("2019-07-12"), null);
		String[] drill = { "kind", "PROBLEM", "dueFrom", "2019-07-01", "dueTo", "2019-07-31", "late", "true" };
		mvc.perform(page("/assignments", drill))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"late\" value=\"true\"")))
			.andExpect(content().string(containsString("dueFrom=2019-07-01")));
		assertThat(exportedRows("/assignments", drill)).isEqualTo(2);
	}

	@Test
	void theTaskListDrillsByCreationDateAndOverdue() throws Exception {
		fixtures.task("ZJJ", List.of(), d("2019-08-01"), d("2019-08-20"), d("2019-08-19"));
		fixtures.task("SCJ", List.of(), d("2019-08-02"), d("2019-08-21"), null);
		mvc.perform(page("/tasks", "createdFrom", "2019-08-01", "createdTo", "2019-08-31"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"createdTo\" value=\"2019-08-31\"")));
		assertThat(exportedRows("/tasks", "createdFrom", "2019-08-01", "createdTo", "2019-08-31")).isEqualTo(2);
		assertThat(exportedRows("/tasks", "dueFrom", "2019-08-01", "dueTo", "2019-08-31", "overdue", "true"))
			.isEqualTo(1);
	}

	@Test
	void theCaseListDrillsToDecisionsLeavingOutRevokedOnes() throws Exception {
		fixtures.decidedCase("C012", "ZJJ", "陈刚", "城建股股长", "违规收受礼品", List.of("ADMONISHMENT"), 1, d("2019-08-05"),
				null);
		fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("ADMONISHMENT"), 1, d("2019-08-06"),
				d("2019-08-20"));
		mvc.perform(page("/accountability/cases", "decidedFrom", "2019-08-01", "decidedTo", "2019-08-31", "form",
				"ADMONISHMENT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"form\" value=\"ADMONISHMENT\"")))
			.andExpect(content().string(containsString("data-testid=\"drill-notice\"")));
		byte[] body = mvc.perform(get("/accountability/cases/export").param("decidedFrom", "2019-08-01")
			.param("decidedTo", "2019-08-31").param("fourForm", "1").with(LEADER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(1);
		}
	}
}
