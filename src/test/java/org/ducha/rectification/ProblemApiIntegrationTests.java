package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class ProblemApiIntegrationTests extends RectificationIntegrationSupport {

	@Test
	void createsProblemHandedToUnitDueTwentyWorkingDaysAfterIssue() throws Exception {
		create(problemJson("SCJ", "ZFZD-04", "\"measures\":\"建立首问负责制\""), OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.unitCode").value("SCJ"))
			.andExpect(jsonPath("$.categoryCode").value("ZFZD-04"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.recurrenceOf").value(nullValue()))
			.andExpect(jsonPath("$.assignment.id").isString())
			.andExpect(jsonPath("$.assignment.kind").value("PROBLEM"))
			.andExpect(jsonPath("$.assignment.unitCode").value("SCJ"))
			.andExpect(jsonPath("$.assignment.status").value("ISSUED"))
			.andExpect(jsonPath("$.assignment.issuedOn").value("2026-09-18"))
			// 20 working days after Fri 2026-09-18: 9/20 and 10/10 work, 9/25-27 and 10/1-7 off
			.andExpect(jsonPath("$.assignment.dueOn").value("2026-10-22"))
			.andExpect(jsonPath("$.assignment.light").value("GREEN"))
			.andExpect(jsonPath("$.assignment.overdueWorkingDays").value(0))
			.andExpect(jsonPath("$.assignment.returnedCount").value(0))
			.andExpect(jsonPath("$.assignment.flaggedForAccountability").value(false));
	}

	@Test
	void dueInWorkingDaysAndIssuedOnAreHonoured() throws Exception {
		create(problemJson("SCJ", "ZFZD-04", "\"dueInWorkingDays\":15,\"issuedOn\":\"2026-09-18\""), OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.assignment.dueOn").value("2026-10-15"));
		create(problemJson("SCJ", "ZFZD-04", "\"dueInWorkingDays\":1,\"issuedOn\":\"2026-09-30\""), OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("issuedOn"));
	}

	@Test
	void refusesInvalidProblemListingEveryFieldAndCreatesNothing() throws Exception {
		long before = count("problem");
		create("""
				{"unitCode":"NOPE","categoryCode":"X-1","severity":"HUGE","source":"OTHER","description":" ",
				 "responsibleCadreNos":["C999"],"reportId":"424242","dueInWorkingDays":0}""", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("severity")));
		create("""
				{"unitCode":"NOPE","categoryCode":"X-1","severity":"GENERAL","source":"OTHER","description":" ",
				 "responsibleCadreNos":["C999"],"reportId":"424242","dueInWorkingDays":0}""", OFFICER)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("unitCode")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("categoryCode")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("description")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("responsibleCadreNos[0]")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("reportId")))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem("dueInWorkingDays")));
		assertThat(count("problem")).isEqualTo(before);
	}

	@Test
	void wordsEachFieldErrorInTheCallersLanguage() throws Exception {
		String body = """
				{"unitCode":"NOPE","categoryCode":"ZFZD-04","severity":"GENERAL","source":"OTHER","description":" ",
				 "responsibleCadreNos":[]}""";
		mvc.perform(post("/api/v1/problems").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'unitCode')].message").value(hasItem("无此单位")))
			.andExpect(jsonPath("$.errors[?(@.field == 'description')].message").value(hasItem("必填")));
		mvc.perform(post("/api/v1/problems").param("lang", "en").with(OFFICER)
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[?(@.field == 'unitCode')].message").value(hasItem("unknown unit")));
	}

	@Test
	void onlyTheOfficeCreatesProblems() throws Exception {
		create(problemJson("ZJJ", "ZFZD-04", null), ZJJ).andExpect(status().isForbidden());
		create(problemJson("ZJJ", "ZFZD-04", null), INSPECTOR).andExpect(status().isForbidden());
		create(problemJson("ZJJ", "ZFZD-04", null), LEADER).andExpect(status().isForbidden());
		create(problemJson("ZJJ", "ZFZD-04", null), DIRECTOR).andExpect(status().isCreated());
		mvc.perform(post("/api/v1/problems").contentType(MediaType.APPLICATION_JSON).content(problemJson("ZJJ", "ZFZD-04", null)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void unitRoleSeesOnlyItsUnitsProblemsAndOthersAnswerNotFound() throws Exception {
		String own = createdId(problemJson("ZJJ", "ZFZD-04", null));
		String other = createdId(problemJson("SCJ", "ZFZD-04", null));
		read(own, ZJJ).andExpect(status().isOk()).andExpect(jsonPath("$.unitCode").value("ZJJ"));
		read(own, ZJJ_LIAISON).andExpect(status().isOk());
		read(other, ZJJ).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("PROBLEM_NOT_FOUND"));
		read("999999999", ZJJ).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("PROBLEM_NOT_FOUND"));
		read(other, SCJ).andExpect(status().isOk());
		read(other, LEADER).andExpect(status().isOk());
		mvc.perform(get("/api/v1/problems").param("size", "200").with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].unitCode").value(everyItem(is("ZJJ"))))
			.andExpect(jsonPath("$.items[*].id").value(hasItem(own)))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(other))));
	}

	@Test
	void rolesWithoutProblemAccessAreForbidden() throws Exception {
		mvc.perform(get("/api/v1/problems").with(INSPECTOR)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/problems").with(INTAKE)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/problems").with(CADRE)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/problems")).andExpect(status().isUnauthorized());
	}

	@Test
	void sameIdempotencyKeyReturnsTheFirstProblemAndCreatesNothingNew() throws Exception {
		String body = problemJson("JYJ", "ZFZD-04", null);
		String first = mvc.perform(post("/api/v1/problems").with(OFFICER).header("Idempotency-Key", "key-problem-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long after = count("problem");
		String second = mvc.perform(post("/api/v1/problems").with(OFFICER).header("Idempotency-Key", "key-problem-1")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		assertThat((String) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
		assertThat((String) JsonPath.read(second, "$.assignment.id")).isEqualTo(JsonPath.read(first, "$.assignment.id"));
		assertThat(count("problem")).isEqualTo(after);
		mvc.perform(post("/api/v1/problems").with(OFFICER).header("Idempotency-Key", "key-problem-2")
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated());
		assertThat(count("problem")).isEqualTo(after + 1);
	}

	@Test
	void listsInApiShapeWithFiltersAndPaging() throws Exception {
		createdId(problemJson("JYJ", "ZFZD-05", null).replace("GENERAL", "GRAVE"));
		mvc.perform(get("/api/v1/problems").param("unitCode", "JYJ").param("severity", "GRAVE").param("size", "1")
				.with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(0))
			.andExpect(jsonPath("$.size").value(1))
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].unitCode").value("JYJ"))
			.andExpect(jsonPath("$.items[0].severity").value("GRAVE"));
		String red = createdId(problemJson("JYJ", "ZFZD-05", "\"issuedOn\":\"2026-08-03\",\"dueInWorkingDays\":5"));
		String green = createdId(problemJson("JYJ", "ZFZD-05", null));
		mvc.perform(get("/api/v1/problems").param("light", "RED").param("unitCode", "JYJ").param("size", "200").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].id").value(hasItem(red)))
			.andExpect(jsonPath("$.items[*].id").value(not(hasItem(green))))
			.andExpect(jsonPath("$.items[*].assignment.light").value(everyItem(is("RED"))));
	}

	@Test
	void exportsTheFilteredListAsXlsx() throws Exception {
		createdId(problemJson("SCJ", "ZFZD-05", null));
		byte[] body = mvc.perform(get("/api/v1/problems").param("format", "xlsx").param("unitCode", "SCJ").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.ducha.web.XlsxExports.CONTENT_TYPE))
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(1);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("演示区市场监督管理局");
			}
		}
	}

	@Test
	void creationIsAuditedWithItsAssignment() throws Exception {
		String id = createdId(problemJson("SCJ", "ZFZD-05", null));
		assertThat(auditCount("PROBLEM_CREATED", id)).isEqualTo(1);
	}
}
