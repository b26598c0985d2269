package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

class ReportPagesIntegrationTests extends IntakeIntegrationSupport {

	Html page(String url, org.springframework.test.web.servlet.request.RequestPostProcessor who) throws Exception {
		return new Html(mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	static String row(String id) {
		return "data-report-id=\"" + id + "\"";
	}

	@Test
	void theListShowsVisibleReportsWithTheirLightsAndFilters() throws Exception {
		String id = registerId(namedReport("BOX", "2026-08-03", "[]", "[\"演示区教育局\"]"));
		Html list = page("/reports?unitCode=JYJ", OFFICER);
		assertThat(list.block(row(id), "tr").values("data-light")).containsExactly("RED");
		assertThat(list.block("name=\"status\"", "select").values("value")).hasSizeGreaterThan(7);
		assertThat(page("/reports?light=GREEN&unitCode=JYJ", OFFICER).contains(row(id))).isFalse();
	}

	@Test
	void theExportButtonDownloadsTheListUnderTheSameFilters() throws Exception {
		Html list = page("/reports?unitCode=JYJ&q=abc", OFFICER);
		String href = list.block("data-testid=\"report-export\"", "a").values("href").getFirst();
		assertThat(href).contains("format=xlsx").contains("unitCode=JYJ").contains("q=abc");
		mvc.perform(get("/reports").param("format", "xlsx").param("unitCode", "JYJ").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void anHtmxFilterRequestGetsOnlyTheResults() throws Exception {
		String html = mvc.perform(get("/reports").header("HX-Request", "true").with(OFFICER)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("report-results").doesNotContain("<html", "main-nav");
	}

	@Test
	void anAccusedOfficerDoesNotFindTheReportInTheListAndGetsNotFoundOnItsPage() throws Exception {
		String id = registerId(namedReport("VISIT", "2026-09-18", ReportApiIntegrationTests.ACCUSED_OFFICER, "[]"));
		String tracking = com.jayway.jsonpath.JsonPath.read(read(id, DIRECTOR).andReturn().getResponse()
			.getContentAsString(), "$.trackingNumber");
		assertThat(page("/reports?q=" + tracking, OFFICER).contains(row(id))).isFalse();
		assertThat(page("/reports?q=" + tracking, DIRECTOR).contains(row(id))).isTrue();
		mvc.perform(get("/reports/" + id).with(OFFICER)).andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("推诿扯皮"))));
	}

	@Test
	void anInvalidRegistrationKeepsWhatWasTypedAndTheUploadedFileAndShowsEachMessageBesideItsField() throws Exception {
		MockMultipartFile file = new MockMultipartFile("files", "note.txt", "text/plain", "证据材料".getBytes(StandardCharsets.UTF_8));
		String html = mvc.perform(multipart("/reports").file(file).with(INTAKE).with(csrf())
			.param("channel", "LETTER").param("receivedOn", "2026-09-18").param("anonymous", "false")
			.param("reporter.name", "李四").param("reporter.phone", "12")
			.param("accused[0].name", "陈刚").param("accused[0].unitName", "演示区住房和城乡建设局")
			.param("subject", "").param("content", "窗口推诿").param("categoryCode", "ZFZD-03"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		Html form = new Html(html);
		assertThat(form.tag("input", "name=\"subject\"")).contains("is-invalid");
		assertThat(form.block("name=\"subject\"", "div").contains("invalid-feedback")).isTrue();
		assertThat(form.tag("input", "name=\"reporter.phone\"")).contains("is-invalid");
		assertThat(Html.valueOf(form.tag("input", "name=\"reporter.name\""))).isEqualTo("李四");
		assertThat(form.textOf("textarea", "name=\"content\"")).isEqualTo("窗口推诿");
		assertThat(Html.valueOf(form.tag("input", "name=\"accused[0].name\""))).isEqualTo("陈刚");
		assertThat(form.block("data-testid=\"kept-uploads\"", "ul").contains("note.txt")).isTrue();
		String keptId = Html.valueOf(form.tag("input", "name=\"attachmentIds[0]\""));
		assertThat(keptId).isNotBlank();

		MvcResult saved = mvc.perform(post("/reports").with(INTAKE).with(csrf())
			.param("channel", "LETTER").param("receivedOn", "2026-09-18").param("anonymous", "false")
			.param("reporter.name", "李四").param("reporter.phone", "13900001111").param("pin", "pin-654321")
			.param("accused[0].name", "陈刚").param("accused[0].unitName", "演示区住房和城乡建设局")
			.param("subject", "窗口推诿").param("content", "窗口推诿").param("categoryCode", "ZFZD-03")
			.param("attachmentIds[0]", keptId))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/reports/*"))
			.andExpect(flash().attributeExists("queryCode")).andReturn();
		String id = saved.getResponse().getRedirectedUrl().substring("/reports/".length());
		assertThat(jdbc.sql("SELECT owner_id FROM attachment WHERE id = :id").param("id", keptId).query(String.class)
			.single()).isEqualTo(id);
	}

	@Test
	void theReportPageShowsTheMaskTimelineClocksAndOnlyTheAllowedActions() throws Exception {
		// an accused outside the roster, so that no earlier report of other tests is proposed as a duplicate
		String id = registerId(namedReport("LETTER", "2026-09-18",
				"[{\"name\":\"某某\",\"unitName\":\"某公司\",\"position\":\"经理\"}]", "[]"));
		Html asOfficer = page("/reports/" + id, OFFICER);
		assertThat(asOfficer.block("data-testid=\"reporter-identity\"", "dl").toString()).contains("张*", "138****0000");
		assertThat(asOfficer.toString()).doesNotContain("张三", "110101199001011234");
		assertThat(asOfficer.contains("data-testid=\"reveal-form\"")).isTrue();
		assertThat(asOfficer.from("data-testid=\"timeline\"").contains("data-step=\"REGISTERED\"")).isTrue();
		assertThat(asOfficer.from("data-testid=\"clocks\"").contains("2026-10-15")).isTrue();
		assertThat(asOfficer.values("data-action")).containsExactlyInAnyOrder("accept", "reject", "transfer", "merge");
		assertThat(asOfficer.contains("data-testid=\"follow-ups\"")).isFalse();

		Html asLeader = page("/reports/" + id, LEADER);
		assertThat(asLeader.values("data-action")).isEmpty();

		Html asIntake = page("/reports/" + id, INTAKE);
		assertThat(asIntake.block("data-testid=\"reporter-identity\"", "dl").toString()).contains("张三", "110101199001011234");
		assertThat(asIntake.contains("data-testid=\"reveal-form\"")).isFalse();
	}

	@Test
	void stepsOnThePageFollowTheLifecycleAndARefusalComesBackBesideItsForm() throws Exception {
		String id = registerId(namedReport());
		mvc.perform(post("/reports/" + id + "/reject").with(OFFICER).with(csrf()).param("reason", ""))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("failedAction", "reject"));
		mvc.perform(post("/reports/" + id + "/accept").with(OFFICER).with(csrf()))
			.andExpect(flash().attribute("done", "accept"));
		mvc.perform(post("/reports/" + id + "/disposal").with(OFFICER).with(csrf()).param("method", "HOLD")
			.param("handlerUsername", "officer").param("reason", "暂存"))
			.andExpect(flash().attribute("failedAction", "disposal"));
		mvc.perform(post("/reports/" + id + "/disposal").with(OFFICER).with(csrf()).param("method", "VERIFICATION")
			.param("handlerUsername", "officer").param("reason", "核实"))
			.andExpect(flash().attribute("done", "disposal"));
		assertThat(page("/reports/approvals", DIRECTOR).contains(row(id))).isTrue();
		mvc.perform(post("/reports/" + id + "/disposal/approve").with(OFFICER).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/reports/" + id + "/disposal/approve").with(DIRECTOR).with(csrf()))
			.andExpect(flash().attribute("done", "disposal-approve"));
		assertThat(page("/reports/" + id, OFFICER).values("data-action")).containsExactlyInAnyOrder("acceptance-notice", "conclude", "extension");
	}

	@Test
	void aTransferWithoutAReasonComesBackWithTheMessageBesideTheReasonAndKeepsTheReceivingBody() throws Exception {
		String id = registerId(namedReport());
		MvcResult refused = mvc.perform(post("/reports/" + id + "/transfer").with(OFFICER).with(csrf())
			.param("to", "市纪委监委").param("reason", " "))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attribute("failedAction", "transfer"))
			.andReturn();
		// the browser follows the redirect with its session, which holds the flash attributes
		jakarta.servlet.http.Cookie session = refused.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		Html form = new Html(mvc.perform(get("/reports/" + id).with(OFFICER).cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
		assertThat(form.tag("input", "id=\"transfer-reason\"")).contains("is-invalid");
		assertThat(form.tag("input", "id=\"transfer-to\"")).doesNotContain("is-invalid").contains("value=\"市纪委监委\"");
		assertThat(form.textOf("div", "data-field=\"reason\"")).isEqualTo("请填写理由（不超过 2000 字）");
		assertThat(form.contains("data-field=\"to\"")).isFalse();
		mvc.perform(post("/reports/" + id + "/transfer").with(OFFICER).with(csrf()).param("to", "市纪委监委")
			.param("reason", "处级干部")).andExpect(flash().attribute("done", "transfer"));
	}

	@Test
	void theSecurityAdminDecidesRevealRequestsWithoutSeeingReportContent() throws Exception {
		String id = registerId(namedReport());
		mvc.perform(post("/reports/" + id + "/identity-request").with(LEADER).with(csrf()).param("reason", "需联系核实"))
			.andExpect(flash().attribute("done", "identity-request"));
		Html requests = page("/reports/identity-requests", SECADMIN);
		assertThat(requests.toString()).doesNotContain("办事窗口多次推诿").contains("需联系核实");
		String requestId = requests.values("data-request-id").getFirst();
		mvc.perform(post("/reports/identity-requests/" + requestId + "/approve").with(SECADMIN).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/reports/" + id, LEADER).block("data-testid=\"reporter-identity\"", "dl").toString()).contains("张三");
		mvc.perform(get("/reports/" + id).with(SECADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void anIntakeOfficerWhoseUnitIsAccusedIsToldTheTrackingNumberAndQueryCodeButCannotOpenTheReport() throws Exception {
		mvc.perform(post("/reports").with(INTAKE).with(csrf())
			.param("channel", "VISIT").param("receivedOn", "2026-09-18").param("anonymous", "true").param("pin", "pin-777777")
			.param("accusedUnitCodes", "JW").param("subject", "接访态度").param("content", "态度生硬")
			.param("categoryCode", "ZFZD-03"))
			.andExpect(redirectedUrl("/reports")).andExpect(flash().attributeExists("registered", "queryCode"));
	}
}
