package org.ducha.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.ducha.dashboard.StatisticsIntegrationSupport;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

class BulletinIntegrationTests extends StatisticsIntegrationSupport {

	ResultActions assemble(String month, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/bulletins").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("{\"month\":\"" + month + "\"}"));
	}

	String assembled(String month) throws Exception {
		return JsonPath.read(assemble(month, OFFICER).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(), "$.id");
	}

	ResultActions action(String id, String action, RequestPostProcessor who) throws Exception {
		return mvc.perform(post("/api/v1/bulletins/" + id + "/" + action).with(who));
	}

	ResultActions editText(String id, String title, RequestPostProcessor who) throws Exception {
		return mvc.perform(put("/api/v1/bulletins/" + id + "/text").with(who).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"documentNumber":"演作风办〔2024〕7号","title":"%s","opening":"现将有关情况通报如下。",
					 "requirements":"各单位要举一反三。","copyTo":"区委各常委。"}""".formatted(title)));
	}

	@Test
	void assemblesTheDraftOfAMonthFromThatMonthsRecords() throws Exception {
		LocalDate day = LocalDate.of(2024, 7, 8);
		fixtures.report("LETTER", "ZFZD-04", day, day.plusDays(2), day.plusDays(10), day.plusDays(15));
		fixtures.report("PHONE", "BXGD-02-02", day, null, null, null);
		fixtures.problem("SCJ", "BXGD-02-02", day, day.plusDays(10), null);
		fixtures.problem("SCJ", "ZFZD-04", day, day.plusDays(10), day.plusDays(5));
		fixtures.problem("JYJ", "ZFZD-04", day, day.plusDays(30), null);
		assemble("2024-07", OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.month").value("2024-07"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.title").value("关于2024年7月全区作风问题查处情况的通报"))
			.andExpect(jsonPath("$.documentNumber").value("演作风办〔2024〕7号"))
			.andExpect(jsonPath("$.content.figures.reportsReceived").value(2))
			.andExpect(jsonPath("$.content.figures.reportsAnswered").value(1))
			.andExpect(jsonPath("$.content.figures.problemsFound").value(3))
			.andExpect(jsonPath("$.content.figures.problemsClosed").value(1))
			.andExpect(jsonPath("$.content.figures.problemsOverdue").value(1))
			.andExpect(jsonPath("$.content.figures.byFourForm.1").value(0))
			.andExpect(jsonPath("$.content.figures.eightRules[?(@.code == 'BXGD-02')].problems").value(hasItem(1)))
			.andExpect(jsonPath("$.content.mostProblems[0].unitCode").value("SCJ"))
			.andExpect(jsonPath("$.content.mostProblems[0].principalName").value("钱进"))
			.andExpect(jsonPath("$.content.mostProblems[0].problems").value(2))
			.andExpect(jsonPath("$.content.ranking[-1].unitCode").value("SCJ"))
			.andExpect(jsonPath("$.content.ranking[*].unitCode").value(not(hasItem("QW"))));
	}

	@Test
	void aMonthHasOneBulletin() throws Exception {
		assembled("2024-08");
		assemble("2024-08", DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("BULLETIN_EXISTS"));
	}

	@Test
	void refusesAMonthThatIsMissingMalformedOrInTheFuture() throws Exception {
		assemble("2024-13", OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		assemble("2026-10", OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("month"));
		mvc.perform(post("/api/v1/bulletins").with(OFFICER).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
	}

	@Test
	void onlyTheOfficeAssemblesBulletins() throws Exception {
		assemble("2024-09", LEADER).andExpect(status().isForbidden());
		assemble("2024-09", ZJJ).andExpect(status().isForbidden());
		assemble("2024-09", INSPECTOR).andExpect(status().isForbidden());
	}

	@Test
	void theSameIdempotencyKeyReturnsTheFirstBulletin() throws Exception {
		String first = JsonPath.read(mvc.perform(post("/api/v1/bulletins").with(OFFICER).header("Idempotency-Key", "b-2024-10")
			.contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2024-10\"}"))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/bulletins").with(OFFICER).header("Idempotency-Key", "b-2024-10")
			.contentType(MediaType.APPLICATION_JSON).content("{\"month\":\"2024-10\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(first));
	}

	@Test
	void onlyTheOfficeDirectorApprovesAndOnlyAnApprovedBulletinIsPublished() throws Exception {
		String id = assembled("2024-11");
		action(id, "publish", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		action(id, "approve", OFFICER).andExpect(status().isForbidden());
		action(id, "approve", LEADER).andExpect(status().isForbidden());
		action(id, "approve", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"))
			.andExpect(jsonPath("$.approvedBy").value("director"));
		action(id, "approve", DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		editText(id, "改过的标题", OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		action(id, "publish", ZJJ).andExpect(status().isForbidden());
		action(id, "publish", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"))
			.andExpect(jsonPath("$.publishedOn").value("2026-09-18"));
		action(id, "publish", OFFICER).andExpect(status().isConflict());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE object_id = :id AND action IN ('BULLETIN_APPROVED', 'BULLETIN_PUBLISHED')")
			.param("id", id).query(Long.class).single()).isEqualTo(2);
		// every unit's principal and liaison is told, with a link and nothing else
		java.time.Instant until = java.time.Instant.now().plusSeconds(10);
		while (noticesOf(id, "zjj") == 0 && java.time.Instant.now().isBefore(until)) {
			Thread.sleep(50);
		}
		assertThat(noticesOf(id, "zjj")).isEqualTo(1);
		assertThat(noticesOf(id, "zjj-liaison")).isEqualTo(1);
		assertThat(noticesOf(id, "scj")).isEqualTo(1);
		assertThat(noticesOf(id, "officer")).isZero();
	}

	long noticesOf(String bulletinId, String username) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = :u AND link = :link")
			.param("u", username).param("link", "/bulletins/" + bulletinId).query(Long.class).single();
	}

	@Test
	void everyEditOfADraftIsKeptAsAVersion() throws Exception {
		String id = assembled("2024-12");
		editText(id, "关于2024年12月作风问题查处情况的通报", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.title").value("关于2024年12月作风问题查处情况的通报"))
			.andExpect(jsonPath("$.content.opening").value("现将有关情况通报如下。"));
		action(id, "refresh", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(3))
			.andExpect(jsonPath("$.title").value("关于2024年12月作风问题查处情况的通报"));
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions").with(LEADER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].version").value(org.hamcrest.Matchers.contains(3, 2, 1)))
			.andExpect(jsonPath("$.items[*].change").value(org.hamcrest.Matchers.contains("REFRESHED", "TEXT_EDITED", "ASSEMBLED")))
			.andExpect(jsonPath("$.total").value(3))
			.andExpect(jsonPath("$.page").value(0));
	}

	@Test
	void anEditedDraftsFirstVersionStillReadsItsOriginalContent() throws Exception {
		String id = assembled("2020-01");
		String original = JsonPath.read(mvc.perform(get("/api/v1/bulletins/" + id).with(OFFICER)).andReturn().getResponse()
			.getContentAsString(), "$.title");
		editText(id, "改过的2020年1月通报标题", OFFICER).andExpect(status().isOk()).andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/1").with(LEADER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.month").value("2020-01"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.change").value("ASSEMBLED"))
			.andExpect(jsonPath("$.savedBy").value("officer"))
			.andExpect(jsonPath("$.savedAt").isNotEmpty())
			.andExpect(jsonPath("$.title").value(original))
			.andExpect(jsonPath("$.content.title").value(original))
			.andExpect(jsonPath("$.content.opening").doesNotExist())
			.andExpect(jsonPath("$.content.figures").exists());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/2").with(DIRECTOR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.change").value("TEXT_EDITED"))
			.andExpect(jsonPath("$.content.title").value("改过的2020年1月通报标题"))
			.andExpect(jsonPath("$.content.opening").value("现将有关情况通报如下。"));
		mvc.perform(get("/api/v1/bulletins/" + id).with(OFFICER)).andExpect(jsonPath("$.title").value("改过的2020年1月通报标题"));
	}

	@Test
	void aMissingVersionOrBulletinIsNotFound() throws Exception {
		String id = assembled("2020-02");
		for (String n : List.of("2", "0", "-1", "abc")) {
			mvc.perform(get("/api/v1/bulletins/" + id + "/versions/" + n).with(OFFICER))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.code").value("BULLETIN_VERSION_NOT_FOUND"));
		}
		mvc.perform(get("/api/v1/bulletins/999999/versions/1").with(OFFICER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("BULLETIN_NOT_FOUND"));
		mvc.perform(get("/api/v1/bulletins/999999/versions").with(LEADER))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("BULLETIN_NOT_FOUND"));
	}

	@Test
	void usersWhoMayNotSeeVersionsAreRefusedAVersion() throws Exception {
		String id = assembled("2020-05");
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/1").with(ZJJ)).andExpect(status().isForbidden());
		action(id, "approve", DIRECTOR).andExpect(status().isOk());
		action(id, "publish", DIRECTOR).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bulletins/" + id).with(ZJJ)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions").with(ZJJ_LIAISON)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/1").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/1").with(ZJJ_LIAISON)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/1").with(INSPECTOR)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions/1")).andExpect(status().isUnauthorized());
	}

	@Test
	void listsTheVersionsPageByPage() throws Exception {
		String id = assembled("2016-05");
		editText(id, "第二版标题", OFFICER).andExpect(status().isOk());
		editText(id, "第三版标题", OFFICER).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions").param("page", "1").param("size", "2").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].version").value(org.hamcrest.Matchers.contains(1)))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(3));
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions").param("size", "2").with(OFFICER))
			.andExpect(jsonPath("$.items[*].version").value(org.hamcrest.Matchers.contains(3, 2)))
			.andExpect(jsonPath("$.size").value(2));
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions").with(OFFICER))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(3));
	}

	@Test
	void rejectsATextWithoutTitleListingTheField() throws Exception {
		String id = assembled("2023-01");
		editText(id, " ", OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		mvc.perform(get("/api/v1/bulletins/" + id).with(OFFICER)).andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void unitUsersReadOnlyPublishedBulletins() throws Exception {
		String id = assembled("2023-02");
		mvc.perform(get("/api/v1/bulletins/" + id).with(ZJJ)).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("BULLETIN_NOT_FOUND"));
		mvc.perform(get("/api/v1/bulletins").with(ZJJ_LIAISON)).andExpect(jsonPath("$.items[*].id").value(not(hasItem(id))));
		mvc.perform(get("/api/v1/bulletins/" + id + "/document").param("format", "pdf").with(ZJJ))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/bulletins/" + id).with(LEADER)).andExpect(status().isOk());
		action(id, "approve", DIRECTOR).andExpect(status().isOk());
		action(id, "publish", DIRECTOR).andExpect(status().isOk());
		mvc.perform(get("/api/v1/bulletins/" + id).with(ZJJ)).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("PUBLISHED"));
		mvc.perform(get("/api/v1/bulletins").with(ZJJ_LIAISON)).andExpect(jsonPath("$.items[*].id").value(hasItem(id)));
		mvc.perform(get("/api/v1/bulletins/" + id + "/versions").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/bulletins").with(INSPECTOR)).andExpect(status().isForbidden());
	}

	@Test
	void listsBulletinsPageByPageNewestMonthFirst() throws Exception {
		assembled("2019-01");
		assembled("2019-02");
		assembled("2019-03");
		String body = mvc.perform(get("/api/v1/bulletins").with(OFFICER)).andReturn().getResponse().getContentAsString();
		int total = JsonPath.read(body, "$.total");
		mvc.perform(get("/api/v1/bulletins").param("page", "1").param("size", "2").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.total").value(total))
			.andExpect(jsonPath("$.items.length()").value(Math.min(2, total - 2)));
		mvc.perform(get("/api/v1/bulletins").param("size", "1").with(OFFICER))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.size").value(1));
	}

	@Test
	void listsBulletinsAsASpreadsheet() throws Exception {
		assembled("2023-03");
		mvc.perform(get("/api/v1/bulletins").param("format", "xlsx").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	@Test
	void picksTypicalCasesFromTheMonthsDecisionsInTheCustomaryWording() throws Exception {
		String admonished = fixtures.decidedCase("C012", "ZJJ", "陈刚", "城建股股长", "在项目验收中违规收受管理服务对象礼品",
				List.of("ADMONISHMENT"), 1, LocalDate.of(2023, 8, 10), null);
		String warned = fixtures.decidedCase("C021", "SCJ", "何敏", "副局长", "违规接受宴请",
				List.of("PARTY_WARNING", "GOV_DEMERIT", "POST_ADJUSTMENT"), 2, LocalDate.of(2023, 8, 14), null);
		String revoked = fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("REMOVAL"), 3,
				LocalDate.of(2023, 8, 16), LocalDate.of(2023, 8, 25));
		String otherMonth = fixtures.decidedCase("C011", "ZJJ", "吴芳", "副局长", "不作为", List.of("CRITICISM_EDUCATION"), 1,
				LocalDate.of(2023, 9, 1), null);
		String id = assembled("2023-08");
		mvc.perform(get("/api/v1/bulletins/" + id).with(OFFICER))
			.andExpect(jsonPath("$.content.figures.casesDecided").value(2))
			.andExpect(jsonPath("$.content.figures.byFourForm.2").value(1));
		chooseCases(id, "[\"" + revoked + "\"]", OFFICER).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("caseIds[0]"));
		chooseCases(id, "[\"" + otherMonth + "\"]", OFFICER).andExpect(status().isBadRequest());
		chooseCases(id, "[\"" + warned + "\",\"" + admonished + "\"]", ZJJ).andExpect(status().isForbidden());
		chooseCases(id, "[\"" + warned + "\",\"" + admonished + "\"]", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.content.typicalCases[0].name").value("何敏"))
			.andExpect(jsonPath("$.content.typicalCases[0].unitName").value("演示区市场监督管理局"))
			.andExpect(jsonPath("$.content.typicalCases[0].outcome").value("给予党内警告、政务记过处分，并给予调整职务处理"))
			.andExpect(jsonPath("$.content.typicalCases[1].outcome").value("给予诫勉处理"));
	}

	@Test
	void aTypicalCaseWhoseDecisionIsRevokedIsNeitherApprovedNorKeptOnRefresh() throws Exception {
		String kept = fixtures.decidedCase("C021", "SCJ", "何敏", "副局长", "违规接受宴请", List.of("ADMONISHMENT"), 1,
				LocalDate.of(2020, 6, 12), null);
		String later = fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("REMOVAL"), 3,
				LocalDate.of(2020, 6, 16), null);
		String id = assembled("2020-06");
		chooseCases(id, "[\"" + kept + "\",\"" + later + "\"]", OFFICER).andExpect(status().isOk());
		jdbc.sql("UPDATE accountability_case SET revoked_on = :on WHERE id = :id")
			.param("on", LocalDate.of(2020, 7, 3))
			.param("id", Long.valueOf(later))
			.update();
		action(id, "approve", DIRECTOR).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("TYPICAL_CASE_REVOKED"));
		action(id, "refresh", OFFICER).andExpect(status().isOk())
			.andExpect(jsonPath("$.content.typicalCases[*].caseId").value(not(hasItem(later))))
			.andExpect(jsonPath("$.content.typicalCases[0].caseId").value(kept))
			.andExpect(jsonPath("$.content.figures.casesDecided").value(1));
		action(id, "approve", DIRECTOR).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
	}

	ResultActions chooseCases(String id, String ids, RequestPostProcessor who) throws Exception {
		return mvc.perform(put("/api/v1/bulletins/" + id + "/typical-cases").with(who)
			.contentType(MediaType.APPLICATION_JSON).content("{\"caseIds\":" + ids + "}"));
	}
}
