package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;
import org.ducha.attachment.Attachments;
import org.ducha.intake.Finding;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code Idempotency-Key} on the creating POSTs of the integrity file (API.md conventions): the same key by the same
 * user within 24 hours returns the first result and creates nothing new — whatever the second body says —; another
 * key, or another user's same key, creates.
 */
class IntegrityIdempotencyIntegrationTests extends IntegrityIntegrationSupport {

	@Autowired
	Attachments attachments;

	ResultActions postWithKey(String path, String key, String body, RequestPostProcessor who) throws Exception {
		return mvc.perform(post(path).with(who).header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	long count(String sql, String param) {
		return jdbc.sql(sql).param("p", param).query(Long.class).single();
	}

	@Test
	void theSameKeyProposesOneNameClearing() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		String path = "/api/v1/reports/" + reportId + "/name-clearings";
		String body = "{\"cadreNo\":\"C040\",\"method\":\"BRIEFING\",\"scope\":\"局党组会议\"}";
		String first = ok(postWithKey(path, "nc-1", body, OFFICER), 201);
		String again = ok(postWithKey(path, "nc-1", body, OFFICER), 201);
		String id = JsonPath.read(first, "$.id");
		assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(id);
		assertThat(count("SELECT COUNT(*) FROM name_clearing WHERE report_id = :p", reportId)).isEqualTo(1);

		String otherBody = "{\"cadreNo\":\"C040\",\"method\":\"ANNOUNCEMENT\",\"scope\":\"全局干部大会\"}";
		postWithKey(path, "nc-1", otherBody, OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.method").value("BRIEFING"))
			.andExpect(jsonPath("$.scope").value("局党组会议"));
		assertThat(count("SELECT COUNT(*) FROM name_clearing WHERE report_id = :p", reportId)).isEqualTo(1);
		assertThat(auditCount("NAME_CLEARING_PROPOSED", id)).isEqualTo(1);

		String another = ok(postWithKey(path, "nc-2", otherBody, OFFICER), 201);
		assertThat((String) JsonPath.read(another, "$.id")).isNotEqualTo(id);
		assertThat(count("SELECT COUNT(*) FROM name_clearing WHERE report_id = :p", reportId)).isEqualTo(2);
	}

	@Test
	void theSameKeyRecordsOneFalseAccusationAndOpensOneCase() throws Exception {
		String reportId = concludedReport("杨帆", "演示区教育局", Finding.UNSUBSTANTIATED, true);
		String path = "/api/v1/reports/" + reportId + "/false-accusation";
		String evidence = attachments.store(new ByteArrayInputStream("谈话笔录".getBytes(StandardCharsets.UTF_8)),
				"evidence.txt", "officer", false).id();
		String body = """
				{"knowinglyFabricated":true,"facts":"举报人因个人恩怨捏造事实","evidenceIds":["%s"],
				 "accuserKind":"CADRE","accuserCadreNo":"C013"}""".formatted(evidence);
		long casesBefore = count("SELECT COUNT(*) FROM accountability_case WHERE subject_cadre_no = :p", "C013");
		String first = ok(postWithKey(path, "fa-1", body, OFFICER), 201);
		String again = ok(postWithKey(path, "fa-1", body, OFFICER), 201);
		String id = JsonPath.read(first, "$.id");
		String caseId = JsonPath.read(first, "$.caseId");
		assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(id);
		assertThat((String) JsonPath.read(again, "$.caseId")).isEqualTo(caseId);

		String otherBody = """
				{"knowinglyFabricated":true,"facts":"另一种说法","evidenceIds":["%s"],"accuserKind":"OTHER",
				 "referredOn":"2026-09-18","referredTo":"演示区公安分局"}""".formatted(evidence);
		postWithKey(path, "fa-1", otherBody, OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.accuserKind").value("CADRE"))
			.andExpect(jsonPath("$.facts").value("举报人因个人恩怨捏造事实"));
		assertThat(count("SELECT COUNT(*) FROM false_accusation WHERE report_id = :p", reportId)).isEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM accountability_case WHERE subject_cadre_no = :p", "C013"))
			.isEqualTo(casesBefore + 1);
		assertThat(auditCount("FALSE_ACCUSATION_RECORDED", id)).isEqualTo(1);

		// without the key the report is recorded once only, as before
		postJson(path, body, OFFICER).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("FALSE_ACCUSATION_RECORDED"));
	}

	@Test
	void theSameKeyRecordsOneCommendationPerUser() throws Exception {
		String path = "/api/v1/cadres/C006/commendations";
		String body = "{\"title\":\"全区优秀党务工作者\",\"issuingBody\":\"中共演示区委员会\",\"awardedOn\":\"2026-07-01\"}";
		long before = count("SELECT COUNT(*) FROM commendation WHERE cadre_no = :p", "C006");
		String first = ok(postWithKey(path, "cm-1", body, OFFICER), 201);
		String again = ok(postWithKey(path, "cm-1", body, OFFICER), 201);
		String id = JsonPath.read(first, "$.id");
		assertThat((String) JsonPath.read(again, "$.id")).isEqualTo(id);

		String otherBody = "{\"title\":\"全区作风建设先进个人\",\"issuingBody\":\"中共演示区委员会\",\"awardedOn\":\"2026-08-01\"}";
		postWithKey(path, "cm-1", otherBody, OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.title").value("全区优秀党务工作者"));
		assertThat(count("SELECT COUNT(*) FROM commendation WHERE cadre_no = :p", "C006")).isEqualTo(before + 1);
		assertThat(auditCount("COMMENDATION_RECORDED", id)).isEqualTo(1);

		String directors = ok(postWithKey(path, "cm-1", body, DIRECTOR), 201);
		assertThat((String) JsonPath.read(directors, "$.id")).isNotEqualTo(id);
		assertThat(count("SELECT COUNT(*) FROM commendation WHERE cadre_no = :p", "C006")).isEqualTo(before + 2);
	}
}
