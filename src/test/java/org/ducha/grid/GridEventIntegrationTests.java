package org.ducha.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentStatus;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class GridEventIntegrationTests extends GridIntegrationSupport {

	@org.springframework.beans.factory.annotation.Autowired
	org.ducha.calendar.WorkingCalendar calendar;

	@Test
	void aReportedEventIsIssuedToTheDepartmentOfItsRoutingRow() throws Exception {
		long id = reported("WGSX-01");

		read(id, HPSQ).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("DISPATCHED"))
			.andExpect(jsonPath("$.routedUnitCode").value("ZJJ"))
			.andExpect(jsonPath("$.assignmentStatus").value("ISSUED"))
			.andExpect(jsonPath("$.dueOn").value(calendar.addWorkingDays(GridTestClock.START, 5).toString()));
		assertThat(assignments.find(assignmentOf(id))).hasValueSatisfying(a -> {
			assertThat(a.kind()).isEqualTo(AssignmentKind.GRID_EVENT);
			assertThat(a.sourceId()).isEqualTo(String.valueOf(id));
			assertThat(a.unitCode()).isEqualTo("ZJJ");
		});
	}

	@Test
	void anEventWithoutARoutingRowWaitsForTheOfficeToRouteItByHand() throws Exception {
		long id = reported("WGSX-04");
		read(id, OFFICER).andExpect(jsonPath("$.stage").value("AWAITING_ROUTING"))
			.andExpect(jsonPath("$.assignmentId").doesNotExist());

		mvc.perform(post("/api/v1/grid-events/" + id + "/route").with(HPSQ).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCode\":\"ZJJ\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/grid-events/" + id + "/route").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCode\":\"ZJJ\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("DISPATCHED"))
			.andExpect(jsonPath("$.routedUnitCode").value("ZJJ"));
		mvc.perform(post("/api/v1/grid-events/" + id + "/route").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"unitCode\":\"SCJ\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void theStageFollowsTheAssignmentLifecycle() throws Exception {
		long id = reported("WGSX-01");
		String assignment = assignmentOf(id);

		as("zjj-liaison", () -> assignments.sign(assignment));
		read(id, HPSQ).andExpect(jsonPath("$.stage").value("HANDLING"));
		await(() -> event(id).getStage() == GridStage.HANDLING);

		as("zjj-liaison", () -> assignments.reportProgress(assignment, "已设置围挡，正在组织施工。", 50, null));
		signAndSubmitOnly(id);
		read(id, HPSQ).andExpect(jsonPath("$.stage").value("FEEDBACK"));
		await(() -> event(id).getStage() == GridStage.FEEDBACK);

		mvc.perform(get("/api/v1/grid-events").param("stage", "FEEDBACK").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) id)));
	}

	private void signAndSubmitOnly(long id) {
		String assignment = assignmentOf(id);
		String evidence = attachments.store(new java.io.ByteArrayInputStream(
				"处置照片".getBytes(java.nio.charset.StandardCharsets.UTF_8)), "evidence.txt", "zjj-liaison", false).id();
		as("zjj-liaison", () -> assignments.submit(assignment, "已修复。", java.util.List.of(evidence)));
	}

	@Test
	void ratingIsRefusedBeforeTheResultIsIn() throws Exception {
		long id = reported("WGSX-01");

		rate(id, "SATISFIED", null, OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		assertThat(event(id).getRating()).isNull();
	}

	@Test
	void onlyTheOfficeRates() throws Exception {
		long id = reported("WGSX-01");
		signAndSubmit(id);

		rate(id, "SATISFIED", null, ZJJ_LIAISON).andExpect(status().isForbidden());
		rate(id, "SATISFIED", null, HPSQ).andExpect(status().isForbidden());
		rate(id, "SATISFIED", null, LEADER).andExpect(status().isForbidden());
		assertThat(event(id).getRating()).isNull();
	}

	@Test
	void aSatisfiedRatingClosesTheAssignment() throws Exception {
		long id = reported("WGSX-01");
		signAndSubmit(id);

		rate(id, "SATISFIED", "处置及时", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("REVIEWED"))
			.andExpect(jsonPath("$.rating").value("SATISFIED"))
			.andExpect(jsonPath("$.assignmentStatus").value("CLOSED"));
		await(() -> event(id).getStage() == GridStage.REVIEWED);
		rate(id, "SATISFIED", null, OFFICER).andExpect(status().isConflict());
	}

	@Test
	void anUnsatisfiedRatingNeedsACommentAndReturnsTheResult() throws Exception {
		long id = reported("WGSX-01");
		signAndSubmit(id);

		rate(id, "UNSATISFIED", null, OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		rate(id, "UNSATISFIED", "塌陷处仍未恢复", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("HANDLING"))
			.andExpect(jsonPath("$.assignmentStatus").value("RETURNED"));
		assertThat(assignments.find(assignmentOf(id))).map(a -> a.status()).contains(AssignmentStatus.RETURNED);
	}

	@Test
	void aUnitOutsideTheAreaAndTheAssignmentDoesNotSeeTheEvent() throws Exception {
		long id = reported("WGSX-01");

		read(id, SCJ).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("GRID_EVENT_NOT_FOUND"));
		read(id, ZJJ_LIAISON).andExpect(status().isOk());
		read(id, HPSQ).andExpect(status().isOk());
		read(id, LEADER).andExpect(status().isOk());
		read(id, CADRE).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/grid-events").param("size", "200").with(SCJ))
			.andExpect(jsonPath("$.items[*].id").value(Matchers.not(Matchers.hasItem((int) id))));
		mvc.perform(get("/api/v1/grid-events").param("size", "200").with(ZJJ_LIAISON))
			.andExpect(jsonPath("$.items[*].id").value(Matchers.hasItem((int) id)));
	}

	@Test
	void aCommunityReportsOnlyForItsOwnArea() throws Exception {
		report(eventJson("DXJD", "WGSX-01"), HPSQ).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("areaUnitCode"));
		report(eventJson("ZJJ", "WGSX-01"), OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("areaUnitCode"));
		report(eventJson("HPSQ", "WGSX-01"), CADRE).andExpect(status().isForbidden());
	}

	@Test
	void aReportWithoutItsFieldsIsRefusedFieldByField() throws Exception {
		report("{}", HPSQ).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.containsInAnyOrder("areaUnitCode", "categoryCode",
					"place", "description")));
	}

	@Test
	void theSameIdempotencyKeyReportsOnce() throws Exception {
		long before = repository.count();
		String first = mvc.perform(post("/api/v1/grid-events").with(HPSQ).header("Idempotency-Key", "grid-key-1")
			.contentType(MediaType.APPLICATION_JSON).content(eventJson("HPSQ", "WGSX-01")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String second = mvc.perform(post("/api/v1/grid-events").with(HPSQ).header("Idempotency-Key", "grid-key-1")
			.contentType(MediaType.APPLICATION_JSON).content(eventJson("HPSQ", "WGSX-01")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();

		assertThat(com.jayway.jsonpath.JsonPath.<Integer>read(second, "$.id"))
			.isEqualTo(com.jayway.jsonpath.JsonPath.<Integer>read(first, "$.id"));
		assertThat(repository.count()).isEqualTo(before + 1);
	}

	@Test
	void theListExportsAsXlsx() throws Exception {
		reported("WGSX-01");
		mvc.perform(get("/api/v1/grid-events").param("format", "xlsx").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", Matchers.startsWith("application/vnd.openxmlformats")));
	}

	@Test
	void theRoutingTableExportsAsXlsxWithChineseHeaders() throws Exception {
		mvc.perform(get("/grid-routes").with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"grid-routes-export\"")));
		byte[] file = mvc.perform(get("/grid-routes").param("format", "xlsx").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.ducha.web.XlsxExports.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(file))) {
			var sheet = book.getSheetAt(0);
			java.util.List<String> headers = new java.util.ArrayList<>();
			sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
			assertThat(headers).containsExactly("事项类别", "类别代码", "所属网格（社区/乡镇）", "责任部门");
			org.apache.poi.ss.usermodel.Row demo = null;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				var row = sheet.getRow(i);
				if ("WGSX-01".equals(row.getCell(1).getStringCellValue())
						&& "全部网格".equals(row.getCell(2).getStringCellValue())) {
					demo = row;
				}
			}
			assertThat(demo).as("the demo route WGSX-01, every area, to ZJJ").isNotNull();
			assertThat(demo.getCell(0).getStringCellValue()).contains("房屋安全与城乡建设");
			assertThat(demo.getCell(3).getStringCellValue()).isEqualTo("演示区住房和城乡建设局");
		}
		mvc.perform(get("/grid-routes").param("format", "xlsx").with(HPSQ)).andExpect(status().isForbidden());
	}

	@Test
	void theRoutingTableIsKeptByTheSystemAdministrator() throws Exception {
		String row = "{\"categoryCode\":\"WGSX-03\",\"areaUnitCode\":\"HPSQ\",\"unitCode\":\"DXJD\"}";
		mvc.perform(post("/api/v1/grid-routes").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content(row))
			.andExpect(status().isForbidden());
		String created = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.put("/api/v1/grid-routes").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(row))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.unitCode").value("DXJD"))
			.andReturn().getResponse().getContentAsString();
		long routeId = ((Number) com.jayway.jsonpath.JsonPath.read(created, "$.id")).longValue();

		long id = reported("WGSX-03");
		read(id, OFFICER).andExpect(jsonPath("$.routedUnitCode").value("DXJD"));

		mvc.perform(get("/api/v1/grid-routes").with(ADMIN)).andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(Matchers.hasItem((int) routeId)));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.delete("/api/v1/grid-routes/" + routeId).with(ADMIN)).andExpect(status().isNoContent());
		long later = reported("WGSX-03");
		read(later, OFFICER).andExpect(jsonPath("$.routedUnitCode").value("JYJ"));
		mvc.perform(post("/api/v1/grid-routes").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
			.content("{\"categoryCode\":\"NOPE\",\"unitCode\":\"NOPE\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void theDepartmentAsksOtherUnitsToCoordinate() throws Exception {
		long id = reported("WGSX-01");
		mvc.perform(post("/api/v1/grid-events/" + id + "/coordination").with(HPSQ)
			.contentType(MediaType.APPLICATION_JSON).content("{\"unitCodes\":[\"SCJ\"],\"note\":\"请协助清理占道摊位\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/grid-events/" + id + "/coordination").with(ZJJ_LIAISON)
			.contentType(MediaType.APPLICATION_JSON).content("{\"unitCodes\":[\"SCJ\"],\"note\":\"请协助清理占道摊位\"}"))
			.andExpect(status().isOk());
		mvc.perform(get("/grid-events/" + id).with(OFFICER)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-action=\"COORDINATION_REQUESTED\"")));
	}

	@Test
	void thePagesShowTheFormTheListAndTheEvent() throws Exception {
		long id = reported("WGSX-01");
		mvc.perform(get("/grid-events/new").with(HPSQ)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"grid-form\"")));
		mvc.perform(post("/grid-events").with(HPSQ).with(csrf()).param("areaUnitCode", "HPSQ").param("place", "五号楼"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("is-invalid")))
			.andExpect(content().string(Matchers.containsString("五号楼")));
		mvc.perform(get("/grid-events").with(HPSQ)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-event-id=\"" + id + "\"")));
		mvc.perform(get("/grid-events/" + id).with(HPSQ)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"grid-timeline\"")));
		mvc.perform(get("/grid-events/" + id).with(SCJ)).andExpect(status().isNotFound());
		mvc.perform(get("/grid-routes").with(ADMIN)).andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("data-testid=\"grid-route-form\"")));
	}

	@Test
	void theDemoGridHasEventsInEveryStageAndOneRated() {
		await(() -> repository.findAll().stream().anyMatch(e -> e.getStage() == GridStage.REVIEWED));
		assertThat(repository.findAll()).extracting(GridEvent::getStage)
			.contains(GridStage.AWAITING_ROUTING, GridStage.DISPATCHED, GridStage.HANDLING, GridStage.REVIEWED);
		assertThat(repository.findAll()).extracting(GridEvent::getRating).contains(GridRating.SATISFIED);
	}
}
