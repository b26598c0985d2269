package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The meeting endpoints: contract, roles, scope, the whole leave and check-in flow. */
class MeetingApiIntegrationTests extends MeetingIntegrationSupport {

	static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor SCJ = user("scj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor SUNLI = user("sunli").roles("LEADER");
	static final RequestPostProcessor HUANGHAI = user("huanghai").roles("LEADER");

	static String body(String title, String startsAt, String units) {
		return """
				{"title":"%s","startsAt":"%s","place":"区行政中心第二会议室","organizerUnitCode":"JW",
				 "leaderCadreNo":"C004","unitCodes":[%s],"cadreNos":[]}""".formatted(title, startsAt, units);
	}

	@Test
	void schedulesAMeetingOncePerIdempotencyKey() throws Exception {
		String json = body("专题调度会 " + COUNTER.incrementAndGet(), "2026-10-13T09:00:00+08:00", "\"ZJJ\",\"SCJ\"");
		String first = mvc.perform(post("/api/v1/meetings").with(OFFICER).header("Idempotency-Key", "meeting-key-1")
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("SCHEDULED"))
			.andExpect(jsonPath("$.startsAt").value("2026-10-13T09:00:00+08:00"))
			.andExpect(jsonPath("$.leaderCadreNo").value("C004"))
			.andExpect(jsonPath("$.attendees[0].cadreNo").value("C010"))
			.andExpect(jsonPath("$.attendees[0].unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.attendees[1].cadreNo").value("C020"))
			.andExpect(jsonPath("$.attendees[1].status").value("ABSENT"))
			.andExpect(jsonPath("$.attendees[1].settled").value(false))
			.andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/api/v1/meetings").with(OFFICER).header("Idempotency-Key", "meeting-key-1")
			.contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting WHERE title = :t").param("t", JsonPath.read(first, "$.title"))
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE dedupe_key = :k")
			.param("k", "meeting:" + JsonPath.read(first, "$.id") + ":scheduled").query(Long.class).single())
			.as("zjj, scj and zjj-liaison are notified").isEqualTo(3);
	}

	@Test
	void asksForLeaveOncePerIdempotencyKey() throws Exception {
		String created = mvc.perform(post("/api/v1/meetings").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content(body("请假幂等会议 " + COUNTER.incrementAndGet(), "2026-10-15T09:00", "\"ZJJ\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		String json = "{\"cadreNo\":\"C010\",\"reason\":\"参加省厅会议\",\"substituteCadreNo\":\"C011\"}";

		String first = mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(ZJJ)
			.header("Idempotency-Key", "leave-key-1").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(ZJJ)
			.header("Idempotency-Key", "leave-key-1").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();

		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM meeting_leave_request WHERE meeting_id = :m")
			.param("m", Long.parseLong(id)).query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(ZJJ)
			.header("Idempotency-Key", "leave-key-2").contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LEAVE_ALREADY_REQUESTED"));
	}

	@Test
	void refusesAMeetingWithEveryOffendingField() throws Exception {
		mvc.perform(post("/api/v1/meetings").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"startsAt\":\"soon\",\"place\":\"\",\"organizerUnitCode\":\"XX\",\"leaderCadreNo\":\"C999\",\"unitCodes\":[\"NOPE\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("startsAt"));
		mvc.perform(post("/api/v1/meetings").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"startsAt\":\"2026-10-13T09:00\",\"place\":\"\",\"organizerUnitCode\":\"XX\",\"leaderCadreNo\":\"C999\",\"unitCodes\":[\"NOPE\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "place",
					"organizerUnitCode", "leaderCadreNo", "unitCodes[0]")));
		mvc.perform(post("/api/v1/meetings").with(ZJJ).contentType(MediaType.APPLICATION_JSON)
			.content(body("越权安排", "2026-10-13T09:00", "\"ZJJ\"")))
			.andExpect(status().isForbidden());
	}

	@Test
	void leaveIsAskedDecidedAndCheckedInThroughTheApi() throws Exception {
		String created = mvc.perform(post("/api/v1/meetings").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content(body("接口流程会议 " + COUNTER.incrementAndGet(), "2026-10-14T09:00", "\"ZJJ\",\"SCJ\",\"JYJ\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");

		String leave = mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(ZJJ)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C010\",\"reason\":\"参加省厅会议\",\"substituteCadreNo\":\"C011\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("PENDING"))
			.andExpect(jsonPath("$.substitute.name").value("吴芳"))
			.andExpect(jsonPath("$.substitute.position").value("副局长"))
			.andReturn().getResponse().getContentAsString();
		String leaveId = JsonPath.read(leave, "$.id");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = 'sunli' AND dedupe_key = :k")
			.param("k", "leave:" + leaveId + ":requested").query(Long.class).single()).isEqualTo(1);

		mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(ZJJ).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C020\",\"reason\":\"代为请假\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/leave-requests/{id}/approve", leaveId).with(HUANGHAI)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/leave-requests/{id}/approve", leaveId).with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/leave-requests/{id}/approve", leaveId).with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.decidedBy").value("sunli"));
		mvc.perform(post("/api/v1/leave-requests/{id}/refuse", leaveId).with(SUNLI).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"再议\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient IN ('zjj', 'zjj-liaison') AND dedupe_key = :k")
			.param("k", "leave:" + leaveId + ":decided").query(Long.class).single()).isEqualTo(2);

		mvc.perform(post("/api/v1/meetings/{id}/check-in", id).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C020\",\"mark\":\"PRESENT\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("MEETING_NOT_STARTED"));
		clock.set(LocalDateTime.of(2026, 10, 14, 9, 20));
		mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(SCJ).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C020\",\"reason\":\"临时请假\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("LEAVE_TOO_LATE"));
		mvc.perform(post("/api/v1/meetings/{id}/check-in", id).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C010\",\"mark\":\"SUBSTITUTE\"}")).andExpect(status().isOk());
		mvc.perform(post("/api/v1/meetings/{id}/check-in", id).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C020\",\"mark\":\"PRESENT\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.attendees[1].mark").value("PRESENT"))
			.andExpect(jsonPath("$.attendees[1].status").value("PRESENT"));
		mvc.perform(post("/api/v1/meetings/{id}/check-in", id).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C040\",\"mark\":\"MAYBE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("mark"));
		mvc.perform(post("/api/v1/meetings/{id}/check-in", id).with(ZJJ).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C010\",\"mark\":\"PRESENT\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/meetings/{id}/close", id).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("HELD"))
			.andExpect(jsonPath("$.attendees[0].status").value("SUBSTITUTE_APPROVED"))
			.andExpect(jsonPath("$.attendees[1].status").value("PRESENT"))
			.andExpect(jsonPath("$.attendees[2].status").value("ABSENT"))
			.andExpect(jsonPath("$.attendees[2].settled").value(true));
		mvc.perform(post("/api/v1/meetings/{id}/close", id).with(OFFICER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		mvc.perform(get("/api/v1/meetings/{id}/attendance", id).with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].status").value("SUBSTITUTE_APPROVED"))
			.andExpect(jsonPath("$.items[0].substituteName").value("吴芳"))
			.andExpect(jsonPath("$.items[2].cadreName").value("杨帆"))
			.andExpect(jsonPath("$.total").value(3));
		byte[] xlsx = mvc.perform(get("/api/v1/meetings/{id}/attendance", id).param("format", "xlsx").with(SUNLI))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(8).getStringCellValue()).isEqualTo("参会情况");
			assertThat(book.getSheetAt(0).getLastRowNum()).as("a header and the three attendees").isEqualTo(3);
			assertThat(book.getSheetAt(0).getRow(3).getCell(8).getStringCellValue()).isNotBlank();
		}
		mvc.perform(get("/api/v1/meetings/{id}/attendance", id).param("format", "xlsx").with(ADMIN))
			.andExpect(status().isForbidden());
	}

	@Test
	void unitsListAndOpenOnlyTheMeetingsTheyMustAttend() throws Exception {
		String created = mvc.perform(post("/api/v1/meetings").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content(body("教育专题会 " + COUNTER.incrementAndGet(), "2026-10-15T15:00", "\"JYJ\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(get("/api/v1/meetings/{id}", id).with(ZJJ))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("MEETING_NOT_FOUND"));
		mvc.perform(get("/api/v1/meetings").param("size", "200").with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))))
			.andExpect(jsonPath("$.items[*].title").value(hasItem("全区作风建设推进会")));
		mvc.perform(get("/api/v1/meetings").param("size", "200").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200));
		mvc.perform(get("/api/v1/meetings").with(ADMIN)).andExpect(status().isForbidden());
	}

	@Test
	void theAttendanceLedgerListsTheHeldMeetingsOfAPeriodForTheDistrictRoles() throws Exception {
		mvc.perform(get("/api/v1/meetings/attendance").param("from", "2026-01-01").param("to", "2026-09-14").with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].meetingTitle").value(hasItem("全区作风建设推进会")))
			.andExpect(jsonPath("$.items[?(@.cadreNo == 'C020' && @.status == 'ABSENT')]").isNotEmpty())
			.andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/meetings/attendance").param("from", "2026-09-14").param("to", "2026-01-01").with(OFFICER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("to"));
		mvc.perform(get("/api/v1/meetings/attendance").param("from", "2026-01-01").param("to", "2026-09-14").with(ZJJ))
			.andExpect(status().isForbidden());
		byte[] xlsx = mvc.perform(get("/api/v1/meetings/attendance").param("format", "xlsx").param("from", "2026-01-01")
			.param("to", "2026-09-14").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(8).getStringCellValue()).isEqualTo("参会情况");
			assertThat(book.getSheetAt(0).getLastRowNum()).isGreaterThanOrEqualTo(11);
		}
	}

	@Test
	void cancellingAScheduledMeetingNeedsAReasonAndTellsTheAttendees() throws Exception {
		String created = mvc.perform(post("/api/v1/meetings").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content(body("将取消的会议 " + COUNTER.incrementAndGet(), "2026-10-16T09:00", "\"SCJ\"")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(created, "$.id");
		mvc.perform(post("/api/v1/meetings/{id}/cancel", id).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/meetings/{id}/cancel", id).with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"与市级会议时间冲突\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason").value("与市级会议时间冲突"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = 'scj' AND dedupe_key = :k")
			.param("k", "meeting:" + id + ":cancelled").query(Long.class).single()).isEqualTo(1);
		mvc.perform(post("/api/v1/meetings/{id}/leave-requests", id).with(SCJ).contentType(MediaType.APPLICATION_JSON)
			.content("{\"cadreNo\":\"C020\",\"reason\":\"出差\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		mvc.perform(post("/api/v1/meetings/{id}/close", id).with(OFFICER))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void exportsTheMeetingListAsXlsx() throws Exception {
		byte[] xlsx = mvc.perform(get("/api/v1/meetings").param("format", "xlsx").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("会议名称");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(4);
		}
	}
}
