package org.ducha.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ducha.organization.Organization;
import org.ducha.organization.UnitDraft;
import org.ducha.organization.UnitType;
import org.ducha.web.XlsxExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The assignment pages: to-do list, office list, overview, the assignment page with its allowed forms. */
class AssignmentPagesIntegrationTests extends AssignmentIntegrationSupport {

	@Autowired
	Organization organization;

	String page(String path, RequestPostProcessor who) throws Exception {
		return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theUnitsToDoListShowsItsOpenAssignmentsByUrgencyWithLights() throws Exception {
		AssignmentView green = issue("ZJJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31));
		AssignmentView red = issue("ZJJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
		AssignmentView scj = issue("SCJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));

		String html = page("/assignments/todo", ZJJ_LIAISON);

		assertThat(html).contains("data-assignment-id=\"" + red.id() + "\"")
			.contains("data-assignment-id=\"" + green.id() + "\"")
			.doesNotContain(scj.id())
			.contains("data-light=\"RED\"")
			.contains("待办交办事项");
		assertThat(html.indexOf(red.id())).isLessThan(html.indexOf(green.id()));
	}

	@Test
	@WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
	void theToDoUnitFilterShowsAUnitCreatedAndThenRenamedAfterThePageWasLoaded() throws Exception {
		assertThat(page("/assignments/todo", ZJJ)).doesNotContain("value=\"ZJJTODO\"");

		organization.createUnit(new UnitDraft("ZJJTODO", "住建局待办测试股", UnitType.OTHER, "ZJJ", null, null, null, null));
		assertThat(page("/assignments/todo", ZJJ)).contains("value=\"ZJJTODO\"").contains("住建局待办测试股");

		organization.updateUnit("ZJJTODO", new UnitDraft("ZJJTODO", "住建局待办改名股", UnitType.OTHER, "ZJJ", null, null,
				null, null));
		assertThat(page("/assignments/todo", ZJJ)).contains("住建局待办改名股").doesNotContain("住建局待办测试股");
		assertThat(page("/assignments/todo", SCJ)).as("another unit's scope").doesNotContain("value=\"ZJJTODO\"");
	}

	@Test
	void theToDoListFiltersByLightForHtmxWithTheResultsFragmentOnly() throws Exception {
		AssignmentView red = issue("ZJJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
		AssignmentView green = issue("ZJJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 31));

		String html = mvc.perform(get("/assignments/todo").param("light", "RED").header("HX-Request", "true").with(ZJJ))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains(red.id()).doesNotContain(green.id()).doesNotContain("<html");
	}

	@Test
	void theUnitSeesOnlyItsOwnStepsOnTheAssignmentPage() throws Exception {
		AssignmentView a = issueToZjj();

		String unit = page("/assignments/" + a.id(), ZJJ_LIAISON);
		assertThat(unit).contains("data-testid=\"sign-form\"").contains("data-testid=\"timeline\"")
			.doesNotContain("data-testid=\"close-form\"").doesNotContain("data-testid=\"urge-form\"");

		String officer = page("/assignments/" + a.id(), OFFICER);
		assertThat(officer).contains("data-testid=\"urge-form\"").doesNotContain("data-testid=\"sign-form\"")
			.doesNotContain("data-testid=\"close-form\"");

		String leader = page("/assignments/" + a.id(), LEADER);
		assertThat(leader).doesNotContain("data-testid=\"urge-form\"").doesNotContain("data-testid=\"sign-form\"");
	}

	@Test
	void anotherUnitGetsTheNotFoundPage() throws Exception {
		AssignmentView a = issueToZjj();

		mvc.perform(get("/assignments/" + a.id()).with(SCJ)).andExpect(status().isNotFound());
		mvc.perform(post("/assignments/" + a.id() + "/sign").with(SCJ).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/assignments/todo").with(CADRE)).andExpect(status().isForbidden());
	}

	@Test
	void signsReportsProgressAndSubmitsWithAnUploadedEvidenceFile() throws Exception {
		AssignmentView a = issueToZjj();

		mvc.perform(post("/assignments/" + a.id() + "/sign").with(ZJJ_LIAISON).with(csrf()))
			.andExpect(redirectedUrl("/assignments/" + a.id())).andExpect(flash().attribute("done", "sign"));
		mvc.perform(post("/assignments/" + a.id() + "/progress").with(ZJJ_LIAISON).with(csrf())
			.param("text", "已整改五户").param("percent", "50").param("metric.整改户数", "5"))
			.andExpect(flash().attribute("done", "progress"));
		MockMultipartFile file = new MockMultipartFile("files", "照片说明.txt", "text/plain",
				"整改完成".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/assignments/" + a.id() + "/submit").file(file).param("result", "全部整改完毕")
			.with(ZJJ_LIAISON).with(csrf()))
			.andExpect(flash().attribute("done", "submit"));

		String html = page("/assignments/" + a.id(), OFFICER);
		assertThat(html).contains("data-testid=\"evidence\"").contains("照片说明.txt")
			.contains("data-testid=\"close-form\"").contains("data-testid=\"return-form\"")
			.contains("已整改五户").contains("整改户数: 5");
		assertThat(assignments.find(a.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.SUBMITTED);
	}

	@Test
	void aSubmissionWithoutEvidenceComesBackWithTheMessageBesideTheForm() throws Exception {
		AssignmentView a = issueToZjj();
		ok(a.id(), "sign", "{}", ZJJ);
		ok(a.id(), "progress", "{\"text\":\"进展\",\"percent\":90}", ZJJ);

		mvc.perform(multipart("/assignments/" + a.id() + "/submit").param("result", "完成").with(ZJJ).with(csrf()))
			.andExpect(flash().attribute("failedAction", "submit"))
			.andExpect(flash().attribute("failedValue", "完成"))
			.andExpect(flash().attribute("failedMessage", "请至少上传一份佐证材料"));
		assertThat(assignments.find(a.id()).orElseThrow().status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
	}

	@Test
	void theAssignmentPageShowsTheDueDateHistoryAndLateSigning() throws Exception {
		AssignmentView a = issue("ZJJ", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 10, 30));
		ok(a.id(), "sign", "{}", ZJJ);
		mvc.perform(post("/assignments/" + a.id() + "/extension").with(ZJJ).with(csrf()).param("newDueOn", "2026-11-20")
			.param("reason", "工程量大")).andExpect(flash().attribute("done", "extension"));
		long requestId = jdbc.sql("SELECT id FROM assignment_extension WHERE assignment_id = :id")
			.param("id", a.id()).query(Long.class).single();
		assertThat(page("/assignments/" + a.id(), OFFICER)).contains("data-testid=\"extension-approve\"");
		mvc.perform(post("/assignments/" + a.id() + "/extension/" + requestId + "/approve").with(OFFICER).with(csrf()))
			.andExpect(flash().attribute("done", "decide-extension"));

		String html = page("/assignments/" + a.id(), ZJJ);
		assertThat(html).contains("data-testid=\"signed-late\"").contains("未按时签收")
			.contains("2026-10-30 (原定期限)").contains("2026-11-20");
	}

	@Test
	void theOverviewCountsEachUnitsAssignmentsByLight() throws Exception {
		issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
		issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 3));

		String html = page("/assignments/overview", DIRECTOR);

		assertThat(html).contains("data-unit=\"JYJ\"").contains("/assignments?unitCode=JYJ&amp;light=RED");
		UnitLightCount jyj = assignmentsOverview("JYJ");
		assertThat(jyj.red()).isPositive();
		assertThat(jyj.green()).isPositive();
		mvc.perform(get("/assignments/overview").with(ZJJ)).andExpect(status().isForbidden());
	}

	@Test
	void theOverviewExportsAsXlsxWithChineseHeadersAndTheSameCounts() throws Exception {
		issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 3));
		assertThat(page("/assignments/overview", DIRECTOR)).contains("data-testid=\"assignment-overview-export\"")
			.contains("/assignments/overview?format=xlsx");
		UnitLightCount jyj = assignmentsOverview("JYJ");

		var response = mvc.perform(get("/assignments/overview").param("format", "xlsx").with(DIRECTOR))
			.andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(response.getContentType()).isEqualTo(org.ducha.web.XlsxExports.CONTENT_TYPE);
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
			var sheet = book.getSheetAt(0);
			java.util.List<String> header = new java.util.ArrayList<>();
			sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
			assertThat(header).containsExactly("承办单位", "单位代码", "红灯", "黄灯", "绿灯", "未办结合计", "已办结");
			org.apache.poi.ss.usermodel.Row row = null;
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				if ("JYJ".equals(sheet.getRow(i).getCell(1).getStringCellValue())) {
					row = sheet.getRow(i);
				}
			}
			assertThat(row).as("the JYJ row").isNotNull();
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo(jyj.unitName());
			assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(jyj.red()).isPositive();
			assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(jyj.open());
			assertThat((long) row.getCell(6).getNumericCellValue()).isEqualTo(jyj.closed());
		}
		mvc.perform(get("/assignments/overview").param("format", "xlsx").with(ZJJ)).andExpect(status().isForbidden());
	}

	UnitLightCount assignmentsOverview(String unit) {
		var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
		context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken("director",
				"x", "ROLE_OFFICE_DIRECTOR"));
		try {
			return assignments.overview().stream().filter(r -> r.unitCode().equals(unit)).findFirst().orElseThrow();
		}
		finally {
			context.setAuthentication(null);
		}
	}

	@Test
	void everyListExportsToXlsx() throws Exception {
		issueToZjj();

		mvc.perform(get("/assignments/todo").param("format", "xlsx").with(ZJJ)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxExports.CONTENT_TYPE));
		mvc.perform(get("/assignments").param("format", "xlsx").param("light", "GREEN").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XlsxExports.CONTENT_TYPE));
	}

	@Test
	void theHomePageShowsAssignmentFigures() throws Exception {
		issueToZjj();

		assertThat(page("/", ZJJ_LIAISON)).contains("待签收").contains("/assignments/todo?status=ISSUED");
		assertThat(page("/", OFFICER)).contains("逾期交办事项").contains("/assignments?light=RED");
	}

	@Test
	void theNavigationShowsTheToDoListToUnitsAndTheOverviewToTheOffice() throws Exception {
		assertThat(page("/", ZJJ)).contains("href=\"/assignments/todo\"").doesNotContain("href=\"/assignments/overview\"");
		assertThat(page("/", OFFICER)).contains("href=\"/assignments/overview\"").doesNotContain("href=\"/assignments/todo\"");
	}
}
