package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class InspectionFindingIntegrationTests extends RectificationIntegrationSupport {

	ResultActions record(String photoId, RequestPostProcessor who) throws Exception {
		String photos = photoId == null ? "[]" : "[\"" + photoId + "\"]";
		return mvc.perform(post("/api/v1/inspection-findings").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"unitCode":"ZJJ","categoryCode":"BXGD-01-04","place":"住建局一楼大厅","observedAt":"2026-09-18T09:30:00+08:00",
					 "description":"窗口无人值守","attachmentIds":%s}""".formatted(photos)));
	}

	String recordedId() throws Exception {
		return JsonPath.read(record(null, INSPECTOR).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	@Test
	void inspectorRecordsAFindingWithPhotos() throws Exception {
		String photo = upload("inspector");
		record(photo, INSPECTOR)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("RECORDED"))
			.andExpect(jsonPath("$.recordedBy").value("inspector"))
			.andExpect(jsonPath("$.attachmentIds[0]").value(photo));
	}

	@Test
	void sameIdempotencyKeyReturnsTheFirstFindingAndRecordsNothingNew() throws Exception {
		String body = """
				{"unitCode":"ZJJ","categoryCode":"BXGD-01-04","place":"住建局二楼","observedAt":"2026-09-18T10:00:00+08:00",
				 "description":"窗口无人值守","attachmentIds":[]}""";
		String first = mvc.perform(post("/api/v1/inspection-findings").with(INSPECTOR).header("Idempotency-Key", "finding-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long after = jdbc.sql("SELECT COUNT(*) FROM inspection_finding").query(Long.class).single();
		String second = mvc.perform(post("/api/v1/inspection-findings").with(INSPECTOR).header("Idempotency-Key", "finding-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection_finding").query(Long.class).single()).isEqualTo(after);
		mvc.perform(post("/api/v1/inspection-findings").with(INSPECTOR).header("Idempotency-Key", "finding-2")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM inspection_finding").query(Long.class).single()).isEqualTo(after + 1);
	}

	@Test
	void theObservedInstantCarriesAnOffsetAndIsShownInTheDistrictZone() throws Exception {
		String body = """
				{"unitCode":"ZJJ","categoryCode":"BXGD-01-04","place":"住建局三楼","observedAt":"%s",
				 "description":"窗口无人值守","attachmentIds":[]}""";
		mvc.perform(post("/api/v1/inspection-findings").with(INSPECTOR).contentType(MediaType.APPLICATION_JSON)
				.content(body.formatted("2026-09-18T01:30:00Z")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.observedAt").value("2026-09-18T09:30:00+08:00"));
		for (String withoutOffset : java.util.List.of("2026-09-18T09:30", "2026-09-18T09:30:00", "2026-09-18")) {
			mvc.perform(post("/api/v1/inspection-findings").with(INSPECTOR).contentType(MediaType.APPLICATION_JSON)
					.content(body.formatted(withoutOffset)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
				.andExpect(jsonPath("$.errors[0].field").value("observedAt"));
		}
	}

	@Test
	void onlyInspectorsRecordFindings() throws Exception {
		record(null, OFFICER).andExpect(status().isForbidden());
		record(null, ZJJ).andExpect(status().isForbidden());
	}

	@Test
	void refusesFindingWithoutPlaceOrInTheFuture() throws Exception {
		mvc.perform(post("/api/v1/inspection-findings").with(INSPECTOR).contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"ZJJ\",\"categoryCode\":\"BXGD-01-04\",\"place\":\"\",\"observedAt\":\"2026-09-19T09:30:00+08:00\",\"description\":\"x\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("place")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("observedAt")));
	}

	@Test
	void inspectorSeesOnlyOwnFindings() throws Exception {
		String id = recordedId();
		mvc.perform(get("/api/v1/inspection-findings/" + id).with(INSPECTOR)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/inspection-findings/" + id).with(OTHER_INSPECTOR))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("FINDING_NOT_FOUND"));
		mvc.perform(get("/api/v1/inspection-findings").param("size", "200").with(OTHER_INSPECTOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
		mvc.perform(get("/api/v1/inspection-findings").param("size", "200").with(INSPECTOR))
			.andExpect(jsonPath("$.items[*].recordedBy").value(everyItem(is("inspector"))))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/inspection-findings/" + id).with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/inspection-findings").with(ZJJ)).andExpect(status().isForbidden());
	}

	@Test
	void theFindingsExportAsXlsxWithTheListsVisibility() throws Exception {
		String id = recordedId();
		for (String path : java.util.List.of("/api/v1/inspection-findings", "/inspection-findings")) {
			assertThat(idsInExport(path, INSPECTOR)).contains(id);
			assertThat(idsInExport(path, OFFICER)).contains(id);
			assertThat(idsInExport(path, OTHER_INSPECTOR)).doesNotContain(id);
			mvc.perform(get(path).param("format", "xlsx").with(ZJJ)).andExpect(status().isForbidden());
		}
		assertThat(mvc.perform(get("/inspection-findings").with(OFFICER)).andReturn().getResponse().getContentAsString())
			.contains("data-testid=\"finding-export\"");
	}

	private java.util.List<String> idsInExport(String path, RequestPostProcessor who) throws Exception {
		byte[] file = mvc.perform(get(path).param("format", "xlsx").with(who))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		java.util.List<String> ids = new java.util.ArrayList<>();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(file))) {
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("地点");
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				ids.add(String.valueOf((long) sheet.getRow(i).getCell(0).getNumericCellValue()));
			}
		}
		return ids;
	}

	@Test
	void findingPhotosAreHiddenFromOtherInspectors() throws Exception {
		String photo = upload("inspector");
		record(photo, INSPECTOR).andExpect(status().isCreated());
		mvc.perform(get("/api/v1/attachments/" + photo).with(INSPECTOR)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/attachments/" + photo).with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/attachments/" + photo).with(OTHER_INSPECTOR)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/attachments/" + photo).with(ZJJ)).andExpect(status().isNotFound());
	}

	@Test
	void officeTurnsAFindingIntoAProblemWithSourceInspectionOnce() throws Exception {
		String id = recordedId();
		String json = mvc.perform(post("/api/v1/inspection-findings/" + id + "/problem").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"ZJJ\",\"categoryCode\":\"BXGD-01-04\",\"severity\":\"GENERAL\",\"description\":\"工作时间窗口无人值守\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.assignment.kind").value("PROBLEM"))
			.andReturn().getResponse().getContentAsString();
		String problemId = JsonPath.read(json, "$.id");
		assertThat(problem(problemId).getSource()).isEqualTo(ProblemSource.INSPECTION);
		assertThat(problem(problemId).getFindingId()).isEqualTo(Long.valueOf(id));
		mvc.perform(get("/api/v1/inspection-findings/" + id).with(INSPECTOR))
			.andExpect(jsonPath("$.status").value("CONVERTED"))
			.andExpect(jsonPath("$.problemId").value(problemId));
		mvc.perform(post("/api/v1/inspection-findings/" + id + "/dismiss").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"重复\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstProblemOfAFindingAndCreatesNothingNew() throws Exception {
		String id = recordedId();
		String path = "/api/v1/inspection-findings/" + id + "/problem";
		String body = "{\"unitCode\":\"ZJJ\",\"categoryCode\":\"BXGD-01-04\",\"severity\":\"GENERAL\",\"description\":\"窗口无人值守\"}";
		String first = mvc.perform(post(path).with(OFFICER).header("Idempotency-Key", "convert-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long problems = count("problem");

		// The same key again, with the same or another body: 201 and the first problem, nothing new.
		for (String again : java.util.List.of(body, body.replace("GENERAL", "GRAVE").replace("窗口无人值守", "另一种说法"))) {
			var response = mvc.perform(post(path).with(OFFICER).header("Idempotency-Key", "convert-1")
					.contentType(MediaType.APPLICATION_JSON).content(again))
				.andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(201);
			assertThat(response.getContentAsString()).isEqualTo(first);
		}
		assertThat(count("problem")).isEqualTo(problems);
		assertThat(auditCount("FINDING_CONVERTED", id)).isEqualTo(1);

		// Another key converts again, which a converted finding refuses.
		mvc.perform(post(path).with(OFFICER).header("Idempotency-Key", "convert-2")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
	}

	@Test
	void officeDismissesAFindingOnlyWithAReason() throws Exception {
		String id = recordedId();
		mvc.perform(post("/api/v1/inspection-findings/" + id + "/dismiss").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/inspection-findings/" + id + "/dismiss").with(INSPECTOR)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"不属实\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/inspection-findings/" + id + "/dismiss").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"经核实为午休时间\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DISMISSED"))
			.andExpect(jsonPath("$.dismissalReason").value("经核实为午休时间"));
		mvc.perform(post("/api/v1/inspection-findings/" + id + "/problem").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"unitCode\":\"ZJJ\",\"categoryCode\":\"BXGD-01-04\",\"severity\":\"GENERAL\",\"description\":\"x\"}"))
			.andExpect(status().isConflict());
	}
}
