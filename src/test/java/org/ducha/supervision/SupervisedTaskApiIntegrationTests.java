package org.ducha.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.ducha.assignment.AssignmentKind;
import org.ducha.assignment.AssignmentView;
import org.ducha.assignment.Assignments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The task endpoints: creation and issuing, visibility, milestones, progress, completion and rating. */
class SupervisedTaskApiIntegrationTests extends SupervisionIntegrationSupport {

	@Autowired
	Assignments assignments;

	@Autowired
	SupervisedTasks tasks;

	@Test
	void createsATaskWithMilestonesScheduledBackwardsFromTheDeadline() throws Exception {
		String id = createId(taskBody("2026-10-15", "15,5,0"));
		mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("IN_PROGRESS"))
			.andExpect(jsonPath("$.issuedOn").value("2026-09-14"))
			.andExpect(jsonPath("$.milestones[0].dueOn").value("2026-09-18"))
			.andExpect(jsonPath("$.milestones[1].dueOn").value("2026-10-09"))
			.andExpect(jsonPath("$.milestones[2].dueOn").value("2026-10-15"))
			.andExpect(jsonPath("$.milestones[0].overridden").value(false))
			.andExpect(jsonPath("$.targets[0].metric").value("标准化厂房"))
			.andExpect(jsonPath("$.targets[0].targetValue").value(60000));
	}

	@Test
	void issuesAnAssignmentOfKindTaskToTheLeadUnitAndEachCoUnit() throws Exception {
		String id = createId(taskBody("2026-10-15", "5"));
		List<AssignmentView> issued = assignments.ofSource(AssignmentKind.TASK, id);
		assertThat(issued).extracting(AssignmentView::unitCode).containsExactlyInAnyOrder("ZJJ", "SCJ");
		assertThat(issued).allSatisfy(a -> {
			assertThat(a.dueOn()).isEqualTo(LocalDate.of(2026, 10, 15));
			assertThat(a.issuedOn()).isEqualTo(LocalDate.of(2026, 9, 14));
		});
		mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
			.andExpect(jsonPath("$.units[0].unitCode").value("ZJJ"))
			.andExpect(jsonPath("$.units[0].role").value("LEAD"))
			.andExpect(jsonPath("$.units[0].assignment.status").value("ISSUED"))
			.andExpect(jsonPath("$.units[1].unitCode").value("SCJ"))
			.andExpect(jsonPath("$.units[1].role").value("CO"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'TASK_CREATED' AND object_id = :id")
			.param("id", id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void sameIdempotencyKeyReturnsTheFirstTaskAndIssuesNothingNew() throws Exception {
		String body = taskBody("2026-10-15", "5");
		String first = mvc.perform(post("/api/v1/tasks").with(OFFICER).header("Idempotency-Key", "task-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long tasksAfter = jdbc.sql("SELECT COUNT(*) FROM supervised_task").query(Long.class).single();
		long assignmentsAfter = jdbc.sql("SELECT COUNT(*) FROM assignment").query(Long.class).single();
		String second = mvc.perform(post("/api/v1/tasks").with(OFFICER).header("Idempotency-Key", "task-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supervised_task").query(Long.class).single()).isEqualTo(tasksAfter);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM assignment").query(Long.class).single()).isEqualTo(assignmentsAfter);
		mvc.perform(post("/api/v1/tasks").with(OFFICER).header("Idempotency-Key", "task-2")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supervised_task").query(Long.class).single()).isEqualTo(tasksAfter + 1);
	}

	@Test
	void refusesInvalidTaskListingEveryFieldAndSavesNothing() throws Exception {
		long before = jdbc.sql("SELECT COUNT(*) FROM supervised_task").query(Long.class).single();
		create("""
				{"title":"","source":"DECISION","leadUnitCode":"NOPE","coUnitCodes":["SCJ","SCJ"],
				 "responsibleCadreNo":"C999","deadline":"2026-09-01","frequency":null,
				 "targets":[{"metric":"厂房","measureUnit":"m²","targetValue":-1}],
				 "milestones":[{"name":"","workingDaysBefore":-2}]}""", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("title", "sourceName", "itemNumber",
					"leadUnitCode", "coUnitCodes[1]", "responsibleCadreNo", "deadline", "frequency",
					"targets[0].targetValue", "milestones[0].name", "milestones[0].workingDaysBefore")));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM supervised_task").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void refusesAMilestoneThatFallsBeforeTheIssueDate() throws Exception {
		// 20 working days before 2026-10-15 is 2026-09-11, before the issue date 09-14.
		create(taskBody("2026-10-15", "20"), OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("milestones[0].workingDaysBefore"));
	}

	@Test
	void answersTheBackwardSchedulePreview() throws Exception {
		mvc.perform(get("/api/v1/tasks/schedule").param("deadline", "2026-10-15").param("offsets", "20,10,5").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.deadline").value("2026-10-15"))
			.andExpect(jsonPath("$.milestones[0].workingDaysBefore").value(20))
			.andExpect(jsonPath("$.milestones[0].dueOn").value("2026-09-11"))
			.andExpect(jsonPath("$.milestones[1].dueOn").value("2026-09-24"))
			.andExpect(jsonPath("$.milestones[2].dueOn").value("2026-10-09"));
		mvc.perform(get("/api/v1/tasks/schedule").param("deadline", "2026-10-15").param("offsets", "5,x").with(OFFICER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("offsets[1]"));
	}

	@Test
	void requiresATokenAndAManagingRoleToCreate() throws Exception {
		mvc.perform(post("/api/v1/tasks").contentType(MediaType.APPLICATION_JSON).content(taskBody("2026-10-15", "5")))
			.andExpect(status().isUnauthorized());
		create(taskBody("2026-10-15", "5"), ZJJ).andExpect(status().isForbidden());
		create(taskBody("2026-10-15", "5"), LEADER).andExpect(status().isForbidden());
		create(taskBody("2026-10-15", "5"), DIRECTOR).andExpect(status().isCreated());
	}

	@Test
	void refusesTasksToAdministratorsAndIntakeOfficers() throws Exception {
		mvc.perform(get("/api/v1/tasks").with(ADMIN)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/tasks").with(INTAKE)).andExpect(status().isForbidden());
	}

	@Test
	void unitSeesOnlyTasksItsUnitTakesPartInAndOthersAsNotFound() throws Exception {
		String both = createId(taskBody("2026-10-15", "5"));
		String zjjOnly = createId(taskBody("2026-10-15", "5").replace("\"coUnitCodes\":[\"SCJ\"]", "\"coUnitCodes\":[]"));
		mvc.perform(get("/api/v1/tasks/" + both).with(SCJ)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tasks/" + zjjOnly).with(SCJ))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("TASK_NOT_FOUND"));
		mvc.perform(get("/api/v1/tasks/999999999").with(SCJ)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/tasks").param("size", "200").with(SCJ))
			.andExpect(jsonPath("$.items[*].id", hasItem(both)))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(zjjOnly))));
		mvc.perform(get("/api/v1/tasks/" + zjjOnly).with(LEADER)).andExpect(status().isOk());
	}

	@Test
	void listsTasksWithPagingAndFiltersByUnitLeaderAndLight() throws Exception {
		String red = createId(taskBody("2026-09-30", "1"));
		clock.setDate(LocalDate.of(2026, 10, 9));
		mvc.perform(get("/api/v1/tasks").param("light", "RED").param("size", "200").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(200))
			.andExpect(jsonPath("$.items[*].id", hasItem(red)))
			.andExpect(jsonPath("$.items[?(@.id == '" + red + "')].light").value("RED"));
		mvc.perform(get("/api/v1/tasks").param("light", "GREEN").param("size", "200").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(red))));
		mvc.perform(get("/api/v1/tasks").param("unitCode", "SCJ").param("leaderCadreNo", "C004").param("size", "200").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id", hasItem(red)));
		mvc.perform(get("/api/v1/tasks").param("leaderCadreNo", "C005").param("size", "200").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(red))));
		mvc.perform(get("/api/v1/tasks").param("unitCode", "JYJ").param("size", "200").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id", not(hasItem(red))));
	}

	@Test
	void lightsTheTaskAndItsMilestonesBySpecRules() throws Exception {
		// deadline 2026-09-18 (Fri): on Mon 09-14, 4 working days remain → GREEN; milestone 1 before (09-17) → 3 → YELLOW.
		String id = createId(taskBody("2026-09-18", "1"));
		mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
			.andExpect(jsonPath("$.light").value("GREEN"))
			.andExpect(jsonPath("$.milestones[0].dueOn").value("2026-09-17"))
			.andExpect(jsonPath("$.milestones[0].light").value("YELLOW"));
		clock.setDate(LocalDate.of(2026, 9, 18));
		mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
			.andExpect(jsonPath("$.light").value("YELLOW"))
			.andExpect(jsonPath("$.milestones[0].light").value("RED"));
	}

	@Test
	void exportsTheFilteredListAsXlsx() throws Exception {
		createId(taskBody("2026-10-15", "5"));
		mvc.perform(get("/api/v1/tasks").param("format", "xlsx").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("tasks-2026-09-14.xlsx")));
	}

	@Test
	void keepsAMilestoneDateSetByHandAsOverridden() throws Exception {
		String id = createId(taskBody("2026-10-15", "5"));
		String milestoneId = JsonPath.read(mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER)).andReturn()
			.getResponse().getContentAsString(), "$.milestones[0].id");
		mvc.perform(put("/api/v1/tasks/" + id + "/milestones/" + milestoneId).with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"dueOn\":\"2026-10-12\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].dueOn").value("2026-10-12"))
			.andExpect(jsonPath("$.milestones[0].overridden").value(true))
			.andExpect(jsonPath("$.milestones[0].workingDaysBefore").value(5));
		mvc.perform(patch("/api/v1/tasks/" + id + "/milestones/" + milestoneId).with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"doneOn\":\"2026-09-14\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.milestones[0].doneOn").value("2026-09-14"))
			.andExpect(jsonPath("$.milestones[0].light").doesNotExist());
		mvc.perform(patch("/api/v1/tasks/" + id + "/milestones/" + milestoneId).with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"done\":true}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		mvc.perform(put("/api/v1/tasks/" + id + "/milestones/" + milestoneId).with(ZJJ)
			.contentType(MediaType.APPLICATION_JSON).content("{\"dueOn\":\"2026-10-13\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/tasks/" + id + "/milestones/999999").with(OFFICER)
			.contentType(MediaType.APPLICATION_JSON).content("{\"dueOn\":\"2026-10-13\"}"))
			.andExpect(status().isNotFound());
	}

	@Test
	void keepsEachUnitsProgressAndMetricValuesAgainstTheTargets() throws Exception {
		String id = createId(taskBody("2026-10-15", "5"));
		AssignmentView zjj = unitAssignment(id, "ZJJ");
		clock.setDate(LocalDate.of(2026, 9, 21));
		as("zjj-liaison", () -> assignments.sign(zjj.id()));
		as("zjj-liaison", () -> assignments.reportProgress(zjj.id(), "主体完工", 40, Map.of("标准化厂房", new BigDecimal("24000"))));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
			mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
				.andExpect(jsonPath("$.units[0].percent").value(40))
				.andExpect(jsonPath("$.units[0].lastReportedOn").value("2026-09-21"))
				.andExpect(jsonPath("$.targets[0].value").value(24000))
				.andExpect(jsonPath("$.targets[0].percentOfTarget").value(40)));
	}

	@Test
	void showsEachUnitsMissedReportingDatesAsLate() throws Exception {
		String id = createId(taskBody("2026-10-30", "5"));
		AssignmentView zjj = unitAssignment(id, "ZJJ");
		as("zjj-liaison", () -> assignments.sign(zjj.id()));
		clock.setDate(LocalDate.of(2026, 9, 21));
		as("zjj-liaison", () -> assignments.reportProgress(zjj.id(), "开工", 10, Map.of()));
		clock.setDate(LocalDate.of(2026, 9, 29));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
			mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
				.andExpect(jsonPath("$.units[0].lateReports.length()").value(1))
				.andExpect(jsonPath("$.units[0].lateReports[0]").value("2026-09-28"))
				.andExpect(jsonPath("$.units[1].lateReports.length()").value(2))
				.andExpect(jsonPath("$.lateReportCount").value(3)));
	}

	@Test
	void completesTheTaskWhenEveryUnitsAssignmentIsClosedAndThenTakesTheRating() throws Exception {
		String id = createId(taskBody("2026-10-15", "5"));
		mvc.perform(post("/api/v1/tasks/" + id + "/rating").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"GOOD\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		close(unitAssignment(id, "ZJJ"), "zjj-liaison");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
			.andExpect(jsonPath("$.units[0].closedOn").value("2026-09-14"))
			.andExpect(jsonPath("$.status").value("IN_PROGRESS")));
		close(unitAssignment(id, "SCJ"), "scj");
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> mvc.perform(get("/api/v1/tasks/" + id).with(OFFICER))
			.andExpect(jsonPath("$.status").value("COMPLETED"))
			.andExpect(jsonPath("$.completedOn").value("2026-09-14"))
			.andExpect(jsonPath("$.light").doesNotExist()));
		mvc.perform(post("/api/v1/tasks/" + id + "/rating").with(ZJJ).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"EXCELLENT\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/tasks/" + id + "/rating").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":null}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rating"));
		mvc.perform(post("/api/v1/tasks/" + id + "/rating").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"GOOD\",\"unitRatings\":{\"SCJ\":\"FAIR\"},\"comment\":\"按期完成\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RATED"))
			.andExpect(jsonPath("$.rating").value("GOOD"))
			.andExpect(jsonPath("$.units[0].rating").value("GOOD"))
			.andExpect(jsonPath("$.units[1].rating").value("FAIR"));
		mvc.perform(post("/api/v1/tasks/" + id + "/rating").with(OFFICER).contentType(MediaType.APPLICATION_JSON)
			.content("{\"rating\":\"POOR\"}")).andExpect(status().isConflict());
		assertThat(tasks.ratingsBetween(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 14)))
			.filteredOn(r -> r.taskId().equals(id))
			.extracting(UnitTaskRating::unitCode, UnitTaskRating::rating)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ZJJ", CompletionRating.GOOD),
					org.assertj.core.groups.Tuple.tuple("SCJ", CompletionRating.FAIR));
	}

	private AssignmentView unitAssignment(String taskId, String unitCode) {
		return assignments.ofSource(AssignmentKind.TASK, taskId).stream()
			.filter(a -> a.unitCode().equals(unitCode))
			.findFirst()
			.orElseThrow();
	}

	private void close(AssignmentView assignment, String unitUser) throws Exception {
		as(unitUser, () -> assignments.sign(assignment.id()));
		String evidence = as(unitUser, () -> uploadEvidence(unitUser));
		as(unitUser, () -> assignments.reportProgress(assignment.id(), "完成", 100, Map.of()));
		as(unitUser, () -> assignments.submit(assignment.id(), "已完成", List.of(evidence)));
		as("officer", () -> assignments.close(assignment.id()));
	}

	@Autowired
	org.ducha.attachment.Attachments attachments;

	private String uploadEvidence(String uploader) {
		return attachments.store(new java.io.ByteArrayInputStream("整改完成的照片说明".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				"evidence.txt", uploader, false).id();
	}
}
