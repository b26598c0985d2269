package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.ducha.intake.Finding;
import org.ducha.web.XlsxRows;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The .xlsx exports of the candidate list (page and API), the fault-tolerance list and the name-clearing page. */
class AccountabilityListExportIntegrationTests extends IntegrityIntegrationSupport {

	@Test
	void openCandidatesExportOnThePageAndTheApiButNotDismissedOnes() throws Exception {
		String open = "XLSX-OPEN-" + UUID.randomUUID();
		String dismissed = "XLSX-GONE-" + UUID.randomUUID();
		insertCandidate(open, "OPEN");
		insertCandidate(dismissed, "DISMISSED");

		for (String path : List.of("/accountability/candidates", "/api/v1/accountability-candidates")) {
			List<List<String>> rows = xlsx(get(path).param("format", "xlsx").with(OFFICER));
			assertThat(rows.getFirst()).containsExactly("交办单编号", "单位", "列为线索原因", "列为线索日期", "问题编号", "问题描述", "建议责任人");
			List<String> row = rows.stream().filter(r -> r.getFirst().equals(open)).findFirst().orElseThrow();
			assertThat(row.subList(2, 4)).containsExactly("逾期5个工作日（整改不力）", "2026-09-17");
			assertThat(XlsxRows.column(rows, 0)).doesNotContain(dismissed);
		}
		assertThat(page(get("/accountability/candidates").with(OFFICER))).contains("data-testid=\"candidate-export\"");
		mvc.perform(get("/accountability/candidates").param("format", "xlsx").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/accountability-candidates").param("format", "xlsx").with(LEADER))
			.andExpect(status().isForbidden());
	}

	@Test
	void faultToleranceApplicationsExportForTheOfficeAndTheLeader() throws Exception {
		String caseId = openCase("C012");
		String id = JsonPath.read(ok(postJson("/api/v1/fault-tolerance-applications",
				FaultToleranceIntegrationTests.application(caseId, false, false, false), OFFICER), 201), "$.id");

		List<List<String>> rows = xlsx(get("/fault-tolerance").param("format", "xlsx").with(LEADER));
		assertThat(rows.getFirst()).containsExactly("申请编号", "问责案件编号", "状态", "申请日期", "申请方式", "认定结果", "认定日期", "申请理由");
		List<String> row = rows.stream().filter(r -> r.getFirst().equals(id)).findFirst().orElseThrow();
		assertThat(row).contains(caseId, "待认定", "作风办代为申请", "为加快项目落地先行审批，未谋私利");

		assertThat(page(get("/fault-tolerance").with(OFFICER))).contains("data-testid=\"ft-export\"");
		mvc.perform(get("/fault-tolerance").param("format", "xlsx").with(ZJJ)).andExpect(status().isForbidden());
	}

	@Test
	void nameClearingsAndUnsubstantiatedReportsExportWithoutTheReporter() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		ok(postJson("/api/v1/reports/" + reportId + "/name-clearings",
				"{\"cadreNo\":\"C040\",\"method\":\"BRIEFING\",\"scope\":\"导出测试范围\"}", OFFICER), 201);
		String tracking = jdbc.sql("SELECT tracking_number FROM report WHERE id = :id")
			.param("id", Long.parseLong(reportId)).query(String.class).single();

		List<List<String>> awaiting = xlsx(get("/name-clearings").param("format", "xlsx").with(DIRECTOR));
		assertThat(awaiting.getFirst()).containsExactly("受理编号", "被反映干部", "澄清方式", "澄清范围", "提出人", "提出日期");
		List<String> row = awaiting.stream().filter(r -> r.get(3).equals("导出测试范围")).findFirst().orElseThrow();
		assertThat(row.subList(0, 3)).containsExactly(tracking, "杨帆", "在所在单位党组织会议上通报");

		List<List<String>> reports = xlsx(get("/name-clearings").param("format", "xlsx").param("list", "reports").with(OFFICER));
		assertThat(reports.getFirst()).containsExactly("受理编号", "办结日期", "实名/匿名");
		assertThat(reports.stream().filter(r -> r.getFirst().equals(tracking)).findFirst().orElseThrow()).contains("实名");
		assertThat(awaiting + "" + reports).doesNotContain("张三", "13800000000", "110101199001011234");

		String html = page(get("/name-clearings").with(OFFICER));
		assertThat(html).contains("data-testid=\"nc-export\"").contains("data-testid=\"nc-reports-export\"");
		mvc.perform(get("/name-clearings").param("format", "xlsx").with(LEADER)).andExpect(status().isForbidden());
	}

	private void insertCandidate(String assignmentId, String status) {
		LocalDate day = LocalDate.of(2026, 9, 17);
		jdbc.sql("""
				INSERT INTO accountability_candidate (assignment_id, assignment_kind, source_id, unit_code, reason, flagged_on,
				  status, dismissal_reason, resolved_by, resolved_on, version)
				VALUES (:id, 'TASK', :id, 'ZJJ', 'OVERDUE', :day, :status, :reason, :by, :resolved, 0)""")
			.param("id", assignmentId).param("day", day).param("status", status)
			.param("reason", "OPEN".equals(status) ? null : "已另案处理")
			.param("by", "OPEN".equals(status) ? null : "officer")
			.param("resolved", "OPEN".equals(status) ? null : day)
			.update();
	}

	private List<List<String>> xlsx(MockHttpServletRequestBuilder request) throws Exception {
		return XlsxRows.of(mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
			.andReturn().getResponse().getContentAsByteArray());
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
