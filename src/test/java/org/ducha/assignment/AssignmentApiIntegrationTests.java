package org.ducha.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.ducha.web.XlsxExports;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** API.md "Problems and assignments": the assignment JSON, the list, every step, each side's permissions. */
class AssignmentApiIntegrationTests extends AssignmentIntegrationSupport {

	@Test
	void readsTheAssignmentJsonOfTheContract() throws Exception {
		AssignmentView a = issueToZjj();

		read(a.id(), ZJJ_LIAISON).andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(a.id()))
			.andExpect(jsonPath("$.kind").value("PROBLEM"))
			.andExpect(jsonPath("$.unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.issuedOn").value("2026-09-14"))
			.andExpect(jsonPath("$.dueOn").value("2026-10-30"))
			.andExpect(jsonPath("$.light").value("GREEN"))
			.andExpect(jsonPath("$.overdueWorkingDays").value(0))
			.andExpect(jsonPath("$.returnedCount").value(0))
			.andExpect(jsonPath("$.flaggedForAccountability").value(false));
	}

	@Test
	void listsWithThePagingShapeFilteredByUnitLightAndStatus() throws Exception {
		AssignmentView a = issueToZjj();

		mvc.perform(get("/api/v1/assignments").param("unitCode", "ZJJ").param("light", "GREEN").param("status", "ISSUED")
			.param("size", "200").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id", hasItem(a.id())))
			.andExpect(jsonPath("$.items[*].unitCode", not(hasItem("SCJ"))))
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.total").isNumber());
		mvc.perform(get("/api/v1/assignments").param("light", "RED").param("size", "200").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(a.id()))));
	}

	@Test
	void aUnitListsOnlyItsOwnAssignments() throws Exception {
		AssignmentView zjj = issueToZjj();
		AssignmentView scj = issue("SCJ", AssignmentTestClock.START, LocalDate.of(2026, 10, 30));

		mvc.perform(get("/api/v1/assignments").param("size", "200").with(SCJ))
			.andExpect(jsonPath("$.items[*].id", hasItem(scj.id())))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(zjj.id()))))
			.andExpect(jsonPath("$.items[*].unitCode", not(hasItem("ZJJ"))));
	}

	@Test
	void listsByUrgencyRedFirstThenMostOverdueThenNearestDue() throws Exception {
		AssignmentView later = issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1));
		AssignmentView soon = issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 15));
		AssignmentView red = issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 10));
		AssignmentView redder = issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2));

		String body = mvc.perform(get("/api/v1/assignments").param("unitCode", "JYJ").param("open", "true").param("size", "200").with(OFFICER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> ids = JsonPath.read(body, "$.items[*].id");
		java.util.List<String> mine = ids.stream()
			.filter(java.util.List.of(later.id(), soon.id(), red.id(), redder.id())::contains).toList();
		assertThat(mine).containsExactly(redder.id(), red.id(), soon.id(), later.id());
		assertThat(assignments.find(red.id()).orElseThrow().light()).isEqualTo(org.ducha.calendar.TrafficLight.RED);
		assertThat(assignments.find(soon.id()).orElseThrow().light()).isEqualTo(org.ducha.calendar.TrafficLight.YELLOW);
		assertThat(assignments.find(later.id()).orElseThrow().light()).isEqualTo(org.ducha.calendar.TrafficLight.GREEN);
		java.util.List<String> lights = JsonPath.read(body, "$.items[*].light");
		int firstNonRed = lights.indexOf("YELLOW") < 0 ? lights.size() : lights.indexOf("YELLOW");
		assertThat(lights.subList(0, firstNonRed)).containsOnly("RED");
	}

	@Test
	void sortsByAnAllowedFieldOnRequestAndRefusesAnyOtherField() throws Exception {
		AssignmentView early = issue("JYJ", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 12, 1));
		AssignmentView middle = issue("JYJ", LocalDate.of(2026, 8, 10), LocalDate.of(2026, 9, 2));
		AssignmentView late = issue("JYJ", LocalDate.of(2026, 8, 17), LocalDate.of(2026, 10, 15));
		java.util.List<String> all = java.util.List.of(early.id(), middle.id(), late.id());

		assertThat(mineInOrder(all, "issuedOn,desc")).containsExactly(late.id(), middle.id(), early.id());
		assertThat(mineInOrder(all, "issuedOn")).containsExactly(early.id(), middle.id(), late.id());
		assertThat(mineInOrder(all, "dueOn,desc")).containsExactly(early.id(), late.id(), middle.id());
		assertThat(mineInOrder(all, null)).as("urgency by default").containsExactly(middle.id(), late.id(), early.id());

		for (String sort : java.util.List.of("instructions,desc", "dueOn,sideways", "unit.code", "dueOn,desc,id")) {
			mvc.perform(get("/api/v1/assignments").param("sort", sort).with(OFFICER))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
				.andExpect(jsonPath("$.errors[0].field").value("sort"))
				.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		}
	}

	private java.util.List<String> mineInOrder(java.util.List<String> mine, String sort) throws Exception {
		var request = get("/api/v1/assignments").param("unitCode", "JYJ").param("size", "200").with(OFFICER);
		if (sort != null) {
			request.param("sort", sort);
		}
		String body = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		java.util.List<String> ids = JsonPath.read(body, "$.items[*].id");
		return ids.stream().filter(mine::contains).toList();
	}

	@Test
	void aQueryParameterOfTheWrongKindIsAFieldError() throws Exception {
		mvc.perform(get("/api/v1/assignments").param("light", "PURPLE").param("status", "SIGNED").with(OFFICER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].field").value("light"))
			.andExpect(jsonPath("$.errors[0].message").value("须为以下之一：GREEN, YELLOW, RED"));
		mvc.perform(get("/api/v1/assignments").param("light", "PURPLE").param("lang", "en").with(OFFICER))
			.andExpect(jsonPath("$.errors[0].message").value("must be one of GREEN, YELLOW, RED"));
		mvc.perform(get("/api/v1/assignments").param("page", "first").with(OFFICER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[0].field").value("page"))
			.andExpect(jsonPath("$.errors[0].message").value("不是有效的值"));
	}

	@Test
	void walksTheWholeLifecycleWithAReturnAndAResubmission() throws Exception {
		AssignmentView a = issueToZjj();

		action(a.id(), "sign", "{}", ZJJ_LIAISON).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"))
			.andExpect(jsonPath("$.signedLate").value(false));
		action(a.id(), "progress", "{\"text\":\"已完成一半\",\"percent\":50}", ZJJ_LIAISON).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.percent").value(50));
		String evidence = upload("zjj-liaison");
		action(a.id(), "submit", "{\"result\":\"整改完毕\",\"evidenceIds\":[\"" + evidence + "\"]}", ZJJ_LIAISON)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		action(a.id(), "return", "{\"reason\":\"佐证不足\"}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.returnedCount").value(1))
			.andExpect(jsonPath("$.flaggedForAccountability").value(false));
		action(a.id(), "progress", "{\"text\":\"补充整改\",\"percent\":100}", ZJJ_LIAISON)
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"));
		action(a.id(), "submit", "{\"result\":\"补充完毕\",\"evidenceIds\":[]}", ZJJ_LIAISON)
			.andExpect(status().isOk());
		action(a.id(), "close", "{}", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CLOSED"))
			.andExpect(jsonPath("$.light").value(nullValue()))
			.andExpect(jsonPath("$.overdueWorkingDays").value(0))
			.andExpect(jsonPath("$.closedOn").value("2026-09-14"));

		assertThat(auditCount("ASSIGNMENT_CLOSED", a.id())).isEqualTo(1);
		assertThat(auditCount("ASSIGNMENT_RETURNED", a.id())).isEqualTo(1);
	}

	@Test
	void flagsTheAssignmentAtTheSecondReturn() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ);
		String evidence = upload("zjj");
		for (int round = 1; round <= 2; round++) {
			ok(a.id(), "progress", "{\"text\":\"进展\",\"percent\":90}", ZJJ);
			ok(a.id(), "submit", "{\"result\":\"完成\",\"evidenceIds\":[\"" + evidence + "\"]}", ZJJ);
			action(a.id(), "return", "{\"reason\":\"不合格\"}", OFFICER).andExpect(jsonPath("$.returnedCount").value(round))
				.andExpect(jsonPath("$.flaggedForAccountability").value(round == 2));
		}
		assertThat(assignments.flagsOf(a.id())).containsExactly(FlagReason.RETURNED_TWICE);
	}

	@Test
	void refusesASubmissionWithoutEvidenceOrResult() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ_LIAISON);
		ok(a.id(), "progress", "{\"text\":\"进展\",\"percent\":80}", ZJJ_LIAISON);

		action(a.id(), "submit", "{\"result\":\" \",\"evidenceIds\":[]}", ZJJ_LIAISON).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("result")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("evidenceIds")));
		read(a.id(), ZJJ_LIAISON).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
	}

	@Test
	void refusesEvidenceUploadedBySomeoneElse() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ_LIAISON);
		ok(a.id(), "progress", "{\"text\":\"进展\",\"percent\":80}", ZJJ_LIAISON);
		String othersFile = upload("scj");

		action(a.id(), "submit", "{\"result\":\"完成\",\"evidenceIds\":[\"" + othersFile + "\"]}", ZJJ_LIAISON)
			.andExpect(status().isNotFound());
		read(a.id(), ZJJ_LIAISON).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
	}

	@Test
	void refusesAProgressReportWithAPercentOutOfRangeOrAnUnknownMetric() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ_LIAISON);

		action(a.id(), "progress", "{\"text\":\"进展\",\"percent\":101,\"metricValues\":{\"别的\":1}}", ZJJ_LIAISON)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("percent")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("metricValues.别的")));
		action(a.id(), "progress", "{\"text\":\"进展\",\"percent\":30,\"metricValues\":{\"整改户数\":3}}", ZJJ_LIAISON)
			.andExpect(status().isOk());
	}

	@Test
	void answersIllegalTransitionForAStepTheStateDoesNotAllow() throws Exception {
		AssignmentView a = issueToZjj();

		action(a.id(), "close", "{}", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		action(a.id(), "submit", "{\"result\":\"x\",\"evidenceIds\":[\"" + upload("zjj") + "\"]}", ZJJ)
			.andExpect(status().isConflict());
		ok(a.id(), "sign", "{}", ZJJ);
		action(a.id(), "sign", "{}", ZJJ).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void onlyTheUnitSignsReportsAndSubmits() throws Exception {
		AssignmentView a = issueToZjj();

		action(a.id(), "sign", "{}", OFFICER).andExpect(status().isForbidden());
		action(a.id(), "sign", "{}", LEADER).andExpect(status().isForbidden());
		action(a.id(), "sign", "{}", DIRECTOR).andExpect(status().isForbidden());
		ok(a.id(), "sign", "{}", ZJJ);
		action(a.id(), "progress", "{\"text\":\"x\",\"percent\":1}", OFFICER).andExpect(status().isForbidden());
		action(a.id(), "extension-requests", "{\"newDueOn\":\"2026-11-30\",\"reason\":\"x\"}", OFFICER)
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheIssuerSideClosesReturnsAndUrges() throws Exception {
		AssignmentView a = submitted();

		action(a.id(), "close", "{}", ZJJ).andExpect(status().isForbidden());
		action(a.id(), "return", "{\"reason\":\"x\"}", ZJJ_LIAISON).andExpect(status().isForbidden());
		action(a.id(), "urge", "{\"text\":\"x\"}", ZJJ).andExpect(status().isForbidden());
		action(a.id(), "close", "{}", LEADER).andExpect(status().isForbidden());
		ok(a.id(), "close", "{}", OFFICER);
	}

	@Test
	void anotherUnitGetsNotFoundAsIfTheAssignmentDidNotExist() throws Exception {
		AssignmentView a = issueToZjj();

		read(a.id(), SCJ).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("ASSIGNMENT_NOT_FOUND"));
		action(a.id(), "sign", "{}", SCJ).andExpect(status().isNotFound());
		read("no-such-assignment", SCJ).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("ASSIGNMENT_NOT_FOUND"));
	}

	@Test
	void rolesWithoutAssignmentsGetForbiddenAndNoTokenGetsUnauthorized() throws Exception {
		AssignmentView a = issueToZjj();

		read(a.id(), INTAKE).andExpect(status().isForbidden());
		read(a.id(), CADRE).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/assignments").with(CADRE)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/assignments/" + a.id())).andExpect(status().isUnauthorized());
		read(a.id(), LEADER).andExpect(status().isOk());
	}

	@Test
	void signingAfterOneWorkingDayIsRecordedAsLateAcrossTheMidAutumnHoliday() throws Exception {
		// Thu 2026-09-24; 9/25–9/27 are off, so the unit signs in time up to Mon 9/28.
		AssignmentView inTime = issue("ZJJ", LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 30));
		AssignmentView late = issue("ZJJ", LocalDate.of(2026, 9, 24), LocalDate.of(2026, 10, 30));

		clock.setDate(LocalDate.of(2026, 9, 28));
		action(inTime.id(), "sign", "{}", ZJJ).andExpect(jsonPath("$.signedLate").value(false));
		clock.setDate(LocalDate.of(2026, 9, 29));
		read(late.id(), ZJJ).andExpect(jsonPath("$.signedLate").value(true));
		action(late.id(), "sign", "{}", ZJJ).andExpect(jsonPath("$.signedLate").value(true))
			.andExpect(jsonPath("$.signedOn").value("2026-09-29"));
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstExtensionRequestAndAsksForNothingNew() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ);
		String path = "/api/v1/assignments/" + a.id() + "/extension-requests";
		MvcResult first = mvc.perform(post(path).with(ZJJ).header("Idempotency-Key", "ext-1")
				.contentType(MediaType.APPLICATION_JSON).content("{\"newDueOn\":\"2026-11-13\",\"reason\":\"工程量大\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extensionRequests.length()").value(1))
			.andReturn();
		String firstBody = first.getResponse().getContentAsString();

		// The same key again, with the same or another body: 201 and the first result, no second request.
		for (String body : java.util.List.of("{\"newDueOn\":\"2026-11-13\",\"reason\":\"工程量大\"}",
				"{\"newDueOn\":\"2026-11-27\",\"reason\":\"另一个理由\"}")) {
			MvcResult again = mvc.perform(post(path).with(ZJJ).header("Idempotency-Key", "ext-1")
					.contentType(MediaType.APPLICATION_JSON).content(body))
				.andReturn();
			assertThat(again.getResponse().getStatus()).isEqualTo(201);
			assertThat(again.getResponse().getContentAsString()).isEqualTo(firstBody);
		}
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment_extension WHERE assignment_id = :id").param("id", a.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(auditCount("ASSIGNMENT_EXTENSION_REQUESTED", a.id())).isEqualTo(1);

		// Another key is another request (refused here: one is pending).
		mvc.perform(post(path).with(ZJJ).header("Idempotency-Key", "ext-2").contentType(MediaType.APPLICATION_JSON)
				.content("{\"newDueOn\":\"2026-11-27\",\"reason\":\"再延\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("EXTENSION_PENDING"));
	}

	@Test
	void approvesAnExtensionKeepingTheOriginalAndEveryDueDate() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ);

		String body = action(a.id(), "extension-requests", "{\"newDueOn\":\"2026-11-13\",\"reason\":\"工程量大\"}", ZJJ)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extensionRequests[0].status").value("PENDING"))
			.andReturn().getResponse().getContentAsString();
		Integer requestId = JsonPath.read(body, "$.extensionRequests[0].id");
		action(a.id(), "extension-requests", "{\"newDueOn\":\"2026-11-20\",\"reason\":\"再延\"}", ZJJ)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("EXTENSION_PENDING"));
		action(a.id(), "extension-requests/" + requestId + "/approve", "{}", ZJJ).andExpect(status().isForbidden());
		action(a.id(), "extension-requests/" + requestId + "/approve", "{}", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value("2026-11-13"))
			.andExpect(jsonPath("$.originalDueOn").value("2026-10-30"))
			.andExpect(jsonPath("$.dueDates", contains("2026-10-30", "2026-11-13")))
			.andExpect(jsonPath("$.extensionRequests[0].status").value("APPROVED"));
		action(a.id(), "extension-requests/" + requestId + "/refuse", "{}", OFFICER).andExpect(status().isConflict());

		String second = action(a.id(), "extension-requests", "{\"newDueOn\":\"2026-11-27\",\"reason\":\"再延\"}", ZJJ)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		Integer secondId = JsonPath.read(second, "$.extensionRequests[1].id");
		action(a.id(), "extension-requests/" + secondId + "/refuse", "{}", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.dueOn").value("2026-11-13"))
			.andExpect(jsonPath("$.dueDates", contains("2026-10-30", "2026-11-13")))
			.andExpect(jsonPath("$.extensionRequests[1].status").value("REFUSED"));
	}

	@Test
	void refusesAnExtensionAfterTheDueDateOrNotLaterThanIt() throws Exception {
		AssignmentView a = issue("ZJJ", AssignmentTestClock.START, LocalDate.of(2026, 9, 18));
		ok(a.id(), "sign", "{}", ZJJ);

		action(a.id(), "extension-requests", "{\"newDueOn\":\"2026-09-17\",\"reason\":\"x\"}", ZJJ)
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("newDueOn"));
		action(a.id(), "extension-requests", "{\"reason\":\" \"}", ZJJ).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("newDueOn")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("reason")));
		clock.setDate(LocalDate.of(2026, 9, 21));
		action(a.id(), "extension-requests", "{\"newDueOn\":\"2026-10-30\",\"reason\":\"x\"}", ZJJ)
			.andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("EXTENSION_AFTER_DUE_DATE"));
	}

	@Test
	void anOfficerUrgesByHandAndTheContactAndPrincipalAreNotified() throws Exception {
		AssignmentView a = issueToZjj();

		action(a.id(), "urge", "{\"text\":\"请加快进度\"}", OFFICER).andExpect(status().isOk());
		action(a.id(), "urge", "{\"text\":\" \"}", OFFICER).andExpect(status().isBadRequest());

		long notices = jdbc.sql("""
				SELECT COUNT(*) FROM notification WHERE kind = 'ASSIGNMENT_URGED' AND link = :link
				AND recipient IN ('zjj', 'zjj-liaison')""").param("link", "/assignments/" + a.id()).query(Long.class).single();
		assertThat(notices).isEqualTo(2);
		assertThat(auditCount("ASSIGNMENT_URGED", a.id())).isEqualTo(1);
	}

	@Test
	void exportsTheFilteredListAsXlsx() throws Exception {
		AssignmentView zjj = issueToZjj();
		AssignmentView scj = issue("SCJ", clock.START, LocalDate.of(2026, 10, 30));

		byte[] file = mvc.perform(get("/api/v1/assignments").param("format", "xlsx").param("unitCode", "ZJJ").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxExports.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
			var sheet = book.getSheetAt(0);
			java.util.List<String> header = new java.util.ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).startsWith("承办单位", "类型", "状态", "灯色", "交办日期", "办理期限").endsWith("编号");
			int idColumn = header.indexOf("编号");
			java.util.Map<String, org.apache.poi.ss.usermodel.Row> rows = new java.util.HashMap<>();
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				rows.put(sheet.getRow(i).getCell(idColumn).getStringCellValue(), sheet.getRow(i));
			}
			assertThat(rows).containsKey(zjj.id()).doesNotContainKey(scj.id());
			org.apache.poi.ss.usermodel.Row row = rows.get(zjj.id());
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("演示区住房和城乡建设局");
			assertThat(row.getCell(2).getStringCellValue()).isEqualTo("已交办");
			assertThat(row.getCell(3).getStringCellValue()).isEqualTo("绿灯");
			assertThat(row.getCell(5).getStringCellValue()).isEqualTo("2026-10-30");
		}
	}

	@Test
	void theEvidenceIsSeenByThoseWhoSeeTheAssignment() throws Exception {
		AssignmentView a = submitted();
		String id = jdbc.sql("SELECT id FROM attachment WHERE owner_type = 'ASSIGNMENT' AND owner_id = :o")
			.param("o", a.id()).query(String.class).single();

		mvc.perform(get("/api/v1/attachments/" + id).with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/attachments/" + id).with(ZJJ)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/attachments/" + id).with(SCJ)).andExpect(status().isNotFound());
	}

	AssignmentView submitted() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ_LIAISON);
		ok(a.id(), "progress", "{\"text\":\"进展\",\"percent\":100}", ZJJ_LIAISON);
		ok(a.id(), "submit", "{\"result\":\"完成\",\"evidenceIds\":[\"" + upload("zjj-liaison") + "\"]}", ZJJ_LIAISON);
		return a;
	}
}
