package org.ducha.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class AuditApiIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Test
	void verifyReportsAnIntactChainThenTheFirstEventEditedInTheDatabase() throws Exception {
		audit.recordAs("tester", "TEST_ONE", "Thing", "v-1", "original");
		AuditEvent tampered = audit.recordAs("tester", "TEST_TWO", "Thing", "v-2", "original");
		audit.recordAs("tester", "TEST_THREE", "Thing", "v-3", "original");

		JsonNode intact = verifyJson();
		assertThat(intact.propertyNames()).containsExactly("valid", "events", "firstBrokenAt");
		assertThat(intact.get("valid").asBoolean()).isTrue();
		assertThat(intact.get("events").asLong()).isGreaterThanOrEqualTo(3);
		assertThat(intact.get("firstBrokenAt").isNull()).isTrue();

		jdbc.update("update audit_event set details = 'edited' where seq = ?", tampered.getSeq());
		try {
			JsonNode broken = verifyJson();
			assertThat(broken.get("valid").asBoolean()).isFalse();
			assertThat(broken.get("firstBrokenAt").asLong()).isEqualTo(tampered.getSeq());
		}
		finally {
			jdbc.update("update audit_event set details = 'original' where seq = ?", tampered.getSeq());
		}
		assertThat(verifyJson().get("valid").asBoolean()).isTrue();
	}

	@Test
	void eventsAreFilteredByObjectIdActorAndAction() throws Exception {
		String object = "obj-" + UUID.randomUUID();
		String other = "obj-" + UUID.randomUUID();
		AuditEvent first = audit.recordAs("alice", "FILTER_A", "Thing", object, "first");
		AuditEvent second = audit.recordAs("bob", "FILTER_B", "Thing", object, "second");
		audit.recordAs("alice", "FILTER_B", "Thing", other, "third");

		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.items[*].seq", Matchers.contains((int) second.getSeq(), (int) first.getSeq())))
			.andExpect(jsonPath("$.items[0].actor").value("bob"))
			.andExpect(jsonPath("$.items[0].action").value("FILTER_B"))
			.andExpect(jsonPath("$.items[0].objectType").value("Thing"))
			.andExpect(jsonPath("$.items[0].objectId").value(object))
			.andExpect(jsonPath("$.items[0].details").value("second"))
			.andExpect(jsonPath("$.items[0].hash").value(second.getHash()))
			.andExpect(jsonPath("$.items[0].occurredAt", Matchers.endsWith("+08:00")));
		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object).param("actor", "alice")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].action").value("FILTER_A"));
		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", other).param("action", "FILTER_B")))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].details").value("third"));
		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object).param("action", "FILTER_C")))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object).param("sort", "seq,asc")
			.param("size", "1")))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items[0].details").value("first"));
	}

	@Test
	void eventsAreFilteredByDateInTheDistrictZone() throws Exception {
		String object = "obj-" + UUID.randomUUID();
		audit.recordAs("carol", "DATED", "Thing", object, null);
		LocalDate today = LocalDate.now(clock);

		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object)
			.param("from", today.toString()).param("to", today.toString())))
			.andExpect(jsonPath("$.total").value(1));
		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object)
			.param("from", today.plusDays(1).toString())))
			.andExpect(jsonPath("$.total").value(0));
		mvc.perform(auditor(get("/api/v1/audit/events").param("objectId", object)
			.param("to", today.minusDays(1).toString())))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void unknownSortFieldIsRefused() throws Exception {
		mvc.perform(auditor(get("/api/v1/audit/events").param("sort", "prevHash,asc")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("INVALID_SORT"));
	}

	@Test
	void onlyTheAuditorMayReadOrVerifyTheAuditLog() throws Exception {
		for (String role : List.of("OFFICER", "SYSTEM_ADMIN", "SECURITY_ADMIN", "LEADER", "OFFICE_DIRECTOR")) {
			for (String path : List.of("/api/v1/audit/verify", "/api/v1/audit/events")) {
				mvc.perform(get(path).with(user("u").roles(role)))
					.andExpect(status().isForbidden())
					.andExpect(jsonPath("$.code").value("FORBIDDEN"));
			}
			mvc.perform(get("/audit").with(user("u").roles(role))).andExpect(status().isForbidden());
			mvc.perform(get("/audit/verify").with(user("u").roles(role))).andExpect(status().isForbidden());
		}
	}

	@Test
	void auditPageListsFilteredEventsAndVerifiesTheChainInPlace() throws Exception {
		String object = "obj-" + UUID.randomUUID();
		audit.recordAs("dave", "PAGE_SHOWN", "Thing", object, "on the page");

		String page = html(auditor(get("/audit").param("objectId", object)));
		assertThat(page).contains("<html").contains(object).contains("PAGE_SHOWN").contains("on the page");

		String fragment = html(auditor(get("/audit").param("actor", "dave")).header("HX-Request", "true"));
		assertThat(fragment).doesNotContain("<html").contains("id=\"audit-main\"").contains(object);

		String verification = html(auditor(get("/audit/verify")).header("HX-Request", "true"));
		assertThat(verification).doesNotContain("<html").contains("id=\"audit-verification\"")
			.contains("data-valid=\"true\"");

		String fullVerification = html(auditor(get("/audit/verify")));
		assertThat(fullVerification).contains("<html").contains("data-valid=\"true\"").contains("id=\"audit-main\"");
	}

	@Test
	void auditPageShowsABrokenChainWithTheSeqOfTheFirstBadEvent() throws Exception {
		AuditEvent tampered = audit.recordAs("erin", "BREAK_ME", "Thing", "b-1", "original");
		jdbc.update("update audit_event set actor = 'mallory' where seq = ?", tampered.getSeq());
		try {
			String verification = html(auditor(get("/audit/verify")).header("HX-Request", "true"));
			assertThat(verification).contains("data-valid=\"false\"")
				.contains("data-broken-at=\"" + tampered.getSeq() + "\"");
		}
		finally {
			jdbc.update("update audit_event set actor = 'erin' where seq = ?", tampered.getSeq());
		}
	}

	@Test
	void dateRangeEndingBeforeItStartsIsShownBesideTheField() throws Exception {
		String page = html(auditor(get("/audit").param("from", "2026-05-02").param("to", "2026-05-01")));

		assertThat(page).contains("is-invalid").contains("截止日期不能早于起始日期。");
	}

	@Test
	void theFilteredEventsExportAsXlsxOldestFirstForTheAuditorAlone() throws Exception {
		String objectId = "x-" + UUID.randomUUID();
		audit.recordAs("tester", "TEST_EXPORT_A", "Thing", objectId, "first");
		audit.recordAs("tester", "TEST_EXPORT_B", "Thing", objectId, "second");
		audit.recordAs("tester", "TEST_EXPORT_C", "Thing", "other-" + objectId, "not this one");
		for (String path : List.of("/api/v1/audit/events", "/audit")) {
			byte[] file = mvc.perform(auditor(get(path).param("format", "xlsx").param("objectId", objectId)))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
					.string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")))
				.andReturn().getResponse().getContentAsByteArray();
			try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
					new java.io.ByteArrayInputStream(file))) {
				org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
				assertThat(sheet.getLastRowNum()).isEqualTo(2);
				assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("操作");
				assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("TEST_EXPORT_A");
				assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("TEST_EXPORT_B");
				assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("second");
			}
		}
		String page = html(auditor(get("/audit").param("objectId", objectId)));
		assertThat(page).contains("data-testid=\"audit-export\"").contains("format=xlsx&amp;objectId=" + objectId);
		for (String role : List.of("OFFICER", "SYSTEM_ADMIN", "SECURITY_ADMIN")) {
			mvc.perform(get("/api/v1/audit/events").param("format", "xlsx").with(user("u").roles(role)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/audit").param("format", "xlsx").with(user("u").roles(role)))
				.andExpect(status().isForbidden());
		}
	}

	private JsonNode verifyJson() throws Exception {
		String body = mvc.perform(auditor(get("/api/v1/audit/verify")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static MockHttpServletRequestBuilder auditor(MockHttpServletRequestBuilder request) {
		return request.with(user("auditor").roles("AUDITOR"));
	}
}
