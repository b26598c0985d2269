package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.ducha.web.XlsxRows;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The .xlsx exports of the identity-request list (page and API) and the approvals list. */
class IntakeListExportIntegrationTests extends IntakeIntegrationSupport {

	@Test
	void identityRequestsExportWithoutTheIdentityOrTheContent() throws Exception {
		String pending = registerId(namedReport());
		String decided = registerId(namedReport());
		for (String id : List.of(pending, decided)) {
			mvc.perform(post("/reports/" + id + "/identity-request").with(LEADER).with(csrf()).param("reason", "导出核对 " + id))
				.andExpect(status().is3xxRedirection());
		}
		List<List<String>> all = xlsx(get("/api/v1/identity-requests").param("format", "xlsx").with(SECADMIN));
		assertThat(all.getFirst()).containsExactly("受理编号", "申请人", "理由", "申请时间", "状态", "有效期至");
		String decidedRequest = jdbc.sql("SELECT MAX(id) FROM identity_request WHERE report_id = :r")
			.param("r", Long.parseLong(decided)).query(Long.class).single().toString();
		mvc.perform(post("/reports/identity-requests/" + decidedRequest + "/approve").with(SECADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());

		List<List<String>> waiting = xlsx(get("/reports/identity-requests").param("format", "xlsx").with(SECADMIN));
		assertThat(XlsxRows.column(waiting, 0)).contains(trackingNumber(pending)).doesNotContain(trackingNumber(decided));
		assertThat(XlsxRows.column(waiting, 2)).contains("导出核对 " + pending);
		assertThat(waiting.toString()).doesNotContain("张三", "13800000000", "110101199001011234", "办事窗口多次推诿");

		List<List<String>> everything = xlsx(get("/reports/identity-requests").param("format", "xlsx")
			.param("pendingOnly", "false").with(SECADMIN));
		String decidedNumber = trackingNumber(decided);
		assertThat(everything.stream().filter(r -> r.getFirst().equals(decidedNumber)).findFirst().orElseThrow())
			.contains("leader", "已批准");

		assertThat(page(get("/reports/identity-requests").with(SECADMIN))).contains("data-testid=\"identity-request-export\"");
		mvc.perform(get("/reports/identity-requests").param("format", "xlsx").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/identity-requests").param("format", "xlsx").with(LEADER)).andExpect(status().isForbidden());
	}

	@Test
	void approvalsExportOnlyWhatWaitsForTheDirector() throws Exception {
		String waiting = registerId(namedReport());
		String accepted = registerId(namedReport());
		for (String id : List.of(waiting, accepted)) {
			mvc.perform(post("/reports/" + id + "/accept").with(OFFICER).with(csrf())).andExpect(status().is3xxRedirection());
		}
		mvc.perform(post("/reports/" + waiting + "/disposal").with(OFFICER).with(csrf()).param("method", "VERIFICATION")
			.param("handlerUsername", "officer").param("reason", "核实")).andExpect(status().is3xxRedirection());

		List<List<String>> rows = xlsx(get("/reports/approvals").param("format", "xlsx").with(DIRECTOR));
		assertThat(rows.getFirst()).containsExactly("受理编号", "标题", "处置方式", "承办人", "待审批");
		String waitingNumber = trackingNumber(waiting);
		List<String> row = rows.stream().filter(r -> r.getFirst().equals(waitingNumber)).findFirst().orElseThrow();
		assertThat(row.subList(2, 5)).containsExactly("初步核实", "officer", "处置意见");
		assertThat(XlsxRows.column(rows, 0)).doesNotContain(trackingNumber(accepted));
		assertThat(rows.toString()).doesNotContain("张三", "办事窗口多次推诿");

		assertThat(page(get("/reports/approvals").with(DIRECTOR))).contains("data-testid=\"approval-export\"");
		mvc.perform(get("/reports/approvals").param("format", "xlsx").with(OFFICER)).andExpect(status().isForbidden());
	}

	private String trackingNumber(String id) throws Exception {
		return JsonPath.read(read(id, OFFICER).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8),
				"$.trackingNumber");
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
