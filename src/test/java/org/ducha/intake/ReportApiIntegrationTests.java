package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@RecordApplicationEvents
class ReportApiIntegrationTests extends IntakeIntegrationSupport {

	static final String ACCUSED_OFFICER = "[{\"name\":\"林静\",\"unitName\":\"演示区纪委监委\",\"position\":\"干部\"}]";

	@Autowired
	ApplicationEvents events;

	@Test
	void registrationNumbersTheReportAndStartsTheFifteenWorkingDayAcceptanceClock() throws Exception {
		register(namedReport()).andExpect(status().isCreated())
			.andExpect(jsonPath("$.trackingNumber", matchesPattern("JB-2026-\\d{6}")))
			.andExpect(jsonPath("$.status").value("RECEIVED"))
			.andExpect(jsonPath("$.channel").value("LETTER"))
			.andExpect(jsonPath("$.named").value(true))
			.andExpect(jsonPath("$.anonymous").value(false))
			.andExpect(jsonPath("$.receivedOn").value("2026-09-18"))
			.andExpect(jsonPath("$.acceptanceDueOn").value("2026-10-15"))
			.andExpect(jsonPath("$.light").value("GREEN"))
			.andExpect(jsonPath("$.accused[0].cadreNo").value("C012"))
			.andExpect(jsonPath("$.accused[0].unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.accusedUnitCodes[0]").value("ZJJ"))
			.andExpect(jsonPath("$.queryCode", matchesPattern("[A-HJKMNP-Z2-9]{16}")))
			.andExpect(jsonPath("$.disposal").value(nullValue()))
			.andExpect(jsonPath("$.finding").value(nullValue()));
	}

	@Test
	void trackingNumbersFollowEachOtherWithinTheYearOfTheReceivedDate() throws Exception {
		String first = JsonPath.read(register(namedReport("PHONE", "2025-12-30", "[]", "[]")).andReturn().getResponse()
			.getContentAsString(), "$.trackingNumber");
		String second = JsonPath.read(register(namedReport("PHONE", "2025-12-31", "[]", "[]")).andReturn().getResponse()
			.getContentAsString(), "$.trackingNumber");
		assertThat(first).startsWith("JB-2025-");
		assertThat(Long.parseLong(second.substring(8))).isEqualTo(Long.parseLong(first.substring(8)) + 1);
	}

	@Test
	void theRegisteringIntakeOfficerSeesTheIdentityInClearAndEveryoneElseTheMask() throws Exception {
		String id = registerId(namedReport());
		read(id, INTAKE).andExpect(status().isOk())
			.andExpect(jsonPath("$.reporter.name").value("张三"))
			.andExpect(jsonPath("$.reporter.idNumber").value("110101199001011234"));
		read(id, OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.reporter.name").value("张*"))
			.andExpect(jsonPath("$.reporter.phone").value("138****0000"))
			.andExpect(jsonPath("$.reporter.idNumber").doesNotExist())
			.andExpect(jsonPath("$.reporter.address").doesNotExist());
		assertThat(auditCount("IDENTITY_VIEWED", id)).isEqualTo(1);
		assertThat(auditCount("REPORT_VIEWED", id)).isEqualTo(2);
	}

	@Test
	void theIdentityIsStoredEncrypted() throws Exception {
		String id = registerId(namedReport());
		String nameCt = jdbc.sql("SELECT name_ct FROM report_identity WHERE report_id = :id")
			.param("id", Long.parseLong(id)).query(String.class).single();
		assertThat(nameCt).startsWith("v1:").doesNotContain("张三");
		assertThat(jdbc.sql("SELECT masked_phone FROM report_identity WHERE report_id = :id")
			.param("id", Long.parseLong(id)).query(String.class).single()).isEqualTo("138****0000");
	}

	@Test
	void anAnonymousReportHasNoReporterAndStoresNoIdentity() throws Exception {
		String body = namedReport().replace("\"anonymous\":false", "\"anonymous\":true");
		String id = registerId(body);
		read(id, INTAKE).andExpect(jsonPath("$.reporter").value(nullValue()))
			.andExpect(jsonPath("$.anonymous").value(true))
			.andExpect(jsonPath("$.named").value(false));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM report_identity WHERE report_id = :id")
			.param("id", Long.parseLong(id)).query(Long.class).single()).isZero();
	}

	@Test
	void anotherIntakeOfficerIsToldTheReportDoesNotExist() throws Exception {
		String id = registerId(namedReport());
		read(id, user("intake-2").roles("INTAKE_OFFICER")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("REPORT_NOT_FOUND"));
		read("999999", OFFICER).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("REPORT_NOT_FOUND"));
	}

	@Test
	void rolesWithoutReportAccessAreForbidden() throws Exception {
		String id = registerId(namedReport());
		read(id, UNIT_PRINCIPAL).andExpect(status().isForbidden());
		read(id, SECADMIN).andExpect(status().isForbidden());
		register(namedReport(), LEADER).andExpect(status().isForbidden());
		action(id, "accept", "{}", INTAKE).andExpect(status().isForbidden());
	}

	@Test
	void anAccusedOfficerNeitherReadsNorListsNorCountsTheReport() throws Exception {
		String id = registerId(namedReport("VISIT", "2026-09-18", ACCUSED_OFFICER, "[]"));
		String tracking = JsonPath.read(read(id, DIRECTOR).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(), "$.trackingNumber");
		read(id, OFFICER).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("REPORT_NOT_FOUND"));
		action(id, "accept", "{}", OFFICER).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports").param("trackingNumber", tracking).with(OFFICER))
			.andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items", hasSize(0)));
		mvc.perform(get("/api/v1/reports").param("trackingNumber", tracking).with(DIRECTOR))
			.andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void usersOfAnAccusedUnitDoNotSeeTheReportButLeadersAboveDo() throws Exception {
		String id = registerId(namedReport("PHONE", "2026-09-18", "[]", "[\"演示区纪委监委\"]"));
		read(id, DIRECTOR).andExpect(status().isNotFound());
		read(id, OFFICER).andExpect(status().isNotFound());
		read(id, LEADER).andExpect(status().isOk()).andExpect(jsonPath("$.accusedUnitCodes[0]").value("JW"));
	}

	@Test
	void anAccusedHandlerIsRefusedWithRecusalRequired() throws Exception {
		String id = registerId(namedReport("VISIT", "2026-09-18", ACCUSED_OFFICER, "[]"));
		ok(id, "accept", "{}", DIRECTOR);
		action(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"核实\"}", DIRECTOR)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("RECUSAL_REQUIRED"));
		action(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"director\",\"reason\":\"核实\"}", DIRECTOR)
			.andExpect(status().isOk()).andExpect(jsonPath("$.disposal.status").value("PROPOSED"));
	}

	@Test
	void aHandlerMustBeAnOfficer() throws Exception {
		String id = registerId(namedReport());
		ok(id, "accept", "{}", OFFICER);
		action(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"zjj\",\"reason\":\"核实\"}", OFFICER)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("handlerUsername"));
	}

	@Test
	void aStepTheStateDoesNotAllowIsAnIllegalTransition() throws Exception {
		String id = registerId(namedReport());
		action(id, "conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"x\"}", OFFICER)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		ok(id, "accept", "{}", OFFICER);
		action(id, "accept", "{}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		action(id, "reject", "{\"reason\":\"x\"}", OFFICER).andExpect(status().isConflict());
		action(id, "answer", "{\"text\":\"x\"}", OFFICER).andExpect(status().isConflict());
	}

	@Test
	void onlyTheOfficeDirectorApprovesADisposal() throws Exception {
		String id = registerId(namedReport());
		ok(id, "accept", "{}", OFFICER);
		ok(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"核实\"}", OFFICER);
		action(id, "disposal/approve", "{}", OFFICER).andExpect(status().isForbidden());
		action(id, "conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"x\"}", OFFICER)
			.andExpect(status().isConflict());
	}

	@Test
	void aReportGoesFromReceiptToAnswerAndPublishesItsConclusion() throws Exception {
		String id = registerId(namedReport());
		ok(id, "accept", "{}", OFFICER);
		read(id, OFFICER).andExpect(jsonPath("$.status").value("ACCEPTED"))
			.andExpect(jsonPath("$.dueOn").value("2026-10-15"));
		ok(id, "acceptance-notice", "{\"date\":\"2026-09-18\"}", OFFICER);
		ok(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"初步核实\"}", OFFICER);
		clock.setDate(LocalDate.of(2026, 9, 21));
		action(id, "disposal/approve", "{}", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.disposal.method").value("VERIFICATION"))
			.andExpect(jsonPath("$.disposal.status").value("APPROVED"))
			.andExpect(jsonPath("$.disposal.dueOn").value("2026-11-23"))
			.andExpect(jsonPath("$.dueOn").value("2026-11-23"));
		action(id, "conclude", "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"属实\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CONCLUDED"))
			.andExpect(jsonPath("$.finding").value("SUBSTANTIATED"))
			.andExpect(jsonPath("$.answerDueOn").value("2026-10-19"));
		assertThat(events.stream(ReportConcluded.class).filter(e -> e.reportId().equals(id)))
			.singleElement()
			.satisfies(e -> {
				assertThat(e.finding()).isEqualTo(Finding.SUBSTANTIATED);
				assertThat(e.accusedCadreNos()).containsExactly("C012");
				assertThat(e.accusedUnitCodes()).containsExactly("ZJJ");
				assertThat(e.named()).isTrue();
				assertThat(e.categoryCode()).isEqualTo("ZFZD-03");
			});
		action(id, "answer", "{\"text\":\"经核实属实，已处理\",\"toldOn\":\"2026-09-21\"}", OFFICER)
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("ANSWERED"))
			.andExpect(jsonPath("$.answeredOn").value("2026-09-21")).andExpect(jsonPath("$.light").value(nullValue()));
		assertThat(auditCount("REPORT_CONCLUDED", id)).isEqualTo(1);
	}

	@Test
	void aVerificationIsExtendedOnceByTwentyWorkingDaysWithTheDirectorsApproval() throws Exception {
		String id = registerId(namedReport());
		ok(id, "accept", "{}", OFFICER);
		ok(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"核实\"}", OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		ok(id, "disposal/extension", "{\"reason\":\"需调取材料\"}", OFFICER);
		action(id, "disposal/extension/approve", "{}", OFFICER).andExpect(status().isForbidden());
		action(id, "disposal/extension/approve", "{}", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.disposal.dueOn").value("2026-12-17"));
		action(id, "disposal/extension", "{\"reason\":\"again\"}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("EXTENSION_NOT_ALLOWED"));
	}

	@Test
	void anInquiryReplyIsDueFifteenWorkingDaysAfterTheLetterIsReceived() throws Exception {
		String id = registerId(namedReport());
		ok(id, "accept", "{}", OFFICER);
		ok(id, "disposal", "{\"method\":\"INQUIRY\",\"handlerUsername\":\"officer\",\"reason\":\"函询\"}", OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		action(id, "disposal/letter-received", "{\"date\":\"2026-09-18\"}", OFFICER).andExpect(status().isConflict());
		ok(id, "disposal/letter-sent", "{\"date\":\"2026-09-18\"}", OFFICER);
		clock.setDate(LocalDate.of(2026, 9, 22));
		action(id, "disposal/letter-received", "{\"date\":\"2026-09-21\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.disposal.dueOn").value("2026-10-19"));
		action(id, "disposal/letter-received", "{\"date\":\"2026-09-21\"}", OFFICER).andExpect(status().isConflict());
	}

	@Test
	void aMatterAboveTheDistrictRunsTheFiveWorkingDayTransferClock() throws Exception {
		String id = registerId(namedReport("REFERRAL", "2026-09-18", "[{\"name\":\"王建国\",\"unitName\":\"QW\"}]", "[]"));
		read(id, OFFICER).andExpect(jsonPath("$.transferDueOn").value("2026-09-24"))
			.andExpect(jsonPath("$.dueOn").value("2026-09-24"))
			.andExpect(jsonPath("$.light").value("GREEN"));
		clock.setDate(LocalDate.of(2026, 9, 22));
		read(id, OFFICER).andExpect(jsonPath("$.light").value("YELLOW"));
		action(id, "transfer", "{\"to\":\"市纪委监委\",\"reason\":\"处级干部\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED")).andExpect(jsonPath("$.light").value(nullValue()));
	}

	@Test
	void notAcceptingNeedsAReason() throws Exception {
		String id = registerId(namedReport());
		action(id, "reject", "{}", OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED")).andExpect(jsonPath("$.errors[0].field").value("reason"));
		action(id, "reject", "{\"reason\":\"不属于作风问题\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NOT_ACCEPTED"));
	}

	@Test
	void aTransferNeedsTheReceivingBodyAndAReason() throws Exception {
		String id = registerId(namedReport());
		action(id, "transfer", "{\"to\":\"市纪委监委\",\"reason\":\"  \"}", OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors", hasSize(1)))
			.andExpect(jsonPath("$.errors[0].field").value("reason"))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		read(id, OFFICER).andExpect(jsonPath("$.status").value("RECEIVED"));
		action(id, "transfer", "{\"to\":\"市纪委监委\",\"reason\":\"处级干部\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("TRANSFERRED"));
	}

	@Test
	void aMergedReportTakesTheAnswerOfTheEarlierReport() throws Exception {
		String earlier = registerId(namedReport());
		clock.setDate(LocalDate.of(2026, 9, 21));
		String later = registerId(namedReport("PHONE", "2026-09-21", "[]", "[]"));
		action(earlier, "merge", "{\"intoId\":\"" + later + "\"}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("MERGE_TARGET_INVALID"));
		action(later, "merge", "{\"intoId\":\"" + earlier + "\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("MERGED"));
		ok(earlier, "accept", "{}", OFFICER);
		ok(earlier, "disposal", "{\"method\":\"CLOSE\",\"handlerUsername\":\"officer\",\"reason\":\"了结\"}", OFFICER);
		ok(earlier, "disposal/approve", "{}", DIRECTOR);
		ok(earlier, "conclude", "{\"finding\":\"UNVERIFIABLE\",\"summary\":\"无法查实\"}", OFFICER);
		ok(earlier, "answer", "{\"text\":\"无法查实\"}", OFFICER);
		read(later, OFFICER).andExpect(jsonPath("$.status").value("MERGED"))
			.andExpect(jsonPath("$.answeredOn").value("2026-09-21"));
	}

	@Test
	void registrationListsEveryInvalidField() throws Exception {
		String body = """
				{"channel":"LETTER","receivedOn":"2026-09-19","anonymous":false,"reporter":{"phone":"abc","idNumber":"12"},
				 "accused":[{"position":"x"}],"categoryCode":"NOPE","subject":" ","content":""}""";
		register(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("receivedOn",
					"reporter.name", "reporter.phone", "reporter.idNumber", "accused[0].name", "categoryCode", "subject",
					"content")));
		register("{\"receivedOn\":\"2026-09-18\",\"anonymous\":true}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("channel"));
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstReportAndCreatesNothingNew() throws Exception {
		String body = namedReport();
		String first = mvc.perform(post("/api/v1/reports").with(INTAKE).header("Idempotency-Key", "k-" + COUNTER.get())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/api/v1/reports").with(INTAKE).header("Idempotency-Key", "k-" + COUNTER.get())
			.contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
			.andExpect(jsonPath("$.queryCode").doesNotExist())
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
	}

	@Test
	void theListFiltersInTheQueryByStatusLightAndUnit() throws Exception {
		String receivedLongAgo = registerId(namedReport("BOX", "2026-08-03", "[]", "[\"演示区教育局\"]"));
		String fresh = registerId(namedReport("BOX", "2026-09-18", "[]", "[\"演示区教育局\"]"));
		ok(fresh, "accept", "{}", OFFICER);
		mvc.perform(get("/api/v1/reports").param("unitCode", "JYJ").param("light", "RED").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(receivedLongAgo)))
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(fresh))))
			.andExpect(jsonPath("$.items[0].content").doesNotExist());
		mvc.perform(get("/api/v1/reports").param("unitCode", "JYJ").param("status", "ACCEPTED").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id").value(org.hamcrest.Matchers.hasItem(fresh)))
			.andExpect(jsonPath("$.items[*].status").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("ACCEPTED"))));
		mvc.perform(get("/api/v1/reports").param("unitCode", "JYJ").with(user("intake-3").roles("INTAKE_OFFICER")))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void anApprovedRevealShowsTheIdentityToTheRequesterAloneForTwentyFourHours() throws Exception {
		String id = registerId(namedReport());
		String requestId = JsonPath.read(action(id, "identity-requests", "{\"reason\":\"需要联系举报人核实\"}", OFFICER)
			.andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		action(id, "identity-requests", "{\"reason\":\"again\"}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("IDENTITY_REQUEST_PENDING"));
		mvc.perform(post("/api/v1/identity-requests/" + requestId + "/approve").with(OFFICER))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/identity-requests/" + requestId + "/approve").with(SECADMIN))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
		read(id, OFFICER).andExpect(jsonPath("$.reporter.name").value("张三"));
		read(id, DIRECTOR).andExpect(jsonPath("$.reporter.name").value("张*"));
		clock.advance(Duration.ofHours(24).plusMinutes(1));
		read(id, OFFICER).andExpect(jsonPath("$.reporter.name").value("张*"));
		assertThat(auditCount("IDENTITY_REVEAL_REQUESTED", id)).isEqualTo(1);
		assertThat(auditCount("IDENTITY_REVEAL_APPROVED", id)).isEqualTo(1);
		assertThat(auditCount("IDENTITY_VIEWED", id)).isEqualTo(1);
	}

	@Test
	void aRefusedRevealShowsNothing() throws Exception {
		String id = registerId(namedReport());
		String requestId = JsonPath.read(action(id, "identity-requests", "{\"reason\":\"核实\"}", LEADER)
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/identity-requests/" + requestId + "/refuse").with(SECADMIN))
			.andExpect(jsonPath("$.status").value("REFUSED"));
		mvc.perform(post("/api/v1/identity-requests/" + requestId + "/approve").with(SECADMIN))
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		read(id, LEADER).andExpect(jsonPath("$.reporter.name").value("张*"));
	}

	@Test
	void anAnonymousReportHasNoIdentityToReveal() throws Exception {
		String id = registerId(namedReport().replace("\"anonymous\":false", "\"anonymous\":true"));
		action(id, "identity-requests", "{\"reason\":\"x\"}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REPORTER_ANONYMOUS"));
	}

	@Test
	void theOfficeWritesToTheReporterOnlyWhenThereIsAQueryCode() throws Exception {
		String withCode = registerId(namedReport());
		action(withCode, "messages", "{\"text\":\"请补充材料\"}", OFFICER).andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value("OFFICE"));
		String withoutCode = registerId(namedReport().replace("\"pin\":\"pin-123456\",", ""));
		action(withoutCode, "messages", "{\"text\":\"x\"}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("REPORT_HAS_NO_QUERY_CODE"));
	}

	// ---- .xlsx export

	List<List<String>> exported(RequestPostProcessor who, String param, String value) throws Exception {
		byte[] body = mvc.perform(get("/api/v1/reports").param("format", "xlsx").param(param, value).with(who))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andReturn().getResponse().getContentAsByteArray();
		List<List<String>> rows = new ArrayList<>();
		DataFormatter format = new DataFormatter();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(format.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		return rows;
	}

	@Test
	void theXlsxExportHoldsTheWholeFilteredListWithoutContentOrReporterAndIsAudited() throws Exception {
		String marker = "导出核对" + COUNTER.incrementAndGet();
		for (int i = 0; i < 3; i++) {
			registerId(namedReport().replace("\"subject\":\"推诿扯皮", "\"subject\":\"" + marker + " 推诿扯皮"));
		}
		long audited = auditCount("REPORT_LIST_EXPORTED", "list");
		List<List<String>> rows = exported(DIRECTOR, "q", marker);
		assertThat(rows).hasSize(4);
		assertThat(rows.get(0)).contains("受理编号", "标题").doesNotContain("内容", "姓名", "联系电话");
		String all = rows.toString();
		assertThat(all).contains(marker).doesNotContain("办事窗口多次推诿", "张三", "13800000000", "1380", "110101");
		assertThat(auditCount("REPORT_LIST_EXPORTED", "list")).isEqualTo(audited + 1);
	}

	@Test
	void anAccusedOfficerFindsTheReportInNoExport() throws Exception {
		String id = registerId(namedReport("VISIT", "2026-09-18", ACCUSED_OFFICER, "[]"));
		String tracking = JsonPath.read(read(id, DIRECTOR).andReturn().getResponse().getContentAsString(),
				"$.trackingNumber");
		assertThat(exported(OFFICER, "trackingNumber", tracking)).hasSize(1);
		assertThat(exported(DIRECTOR, "trackingNumber", tracking)).hasSize(2);
	}

	@Test
	void aRoleWithoutReportsMayNotExport() throws Exception {
		mvc.perform(get("/api/v1/reports").param("format", "xlsx").with(UNIT_PRINCIPAL))
			.andExpect(status().isForbidden());
	}
}
