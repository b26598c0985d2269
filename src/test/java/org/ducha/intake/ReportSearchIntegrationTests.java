package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The report list's text filter on the full-text index (ADR 0005), under the visibility rules of SPEC §1. */
class ReportSearchIntegrationTests extends IntakeIntegrationSupport {

	static final String LIN_JING = "[{\"name\":\"林静\",\"unitName\":\"演示区纪委监委\",\"position\":\"干部\"}]";
	static final String CHEN_GANG = "[{\"name\":\"陈刚\",\"unitName\":\"演示区住房和城乡建设局\",\"position\":\"股长\"}]";
	private static final String HAN_DIGITS = "零壹贰叁肆伍陆柒捌玖";

	@Autowired
	ReportIndexing indexing;

	/** A word of Han characters no other test writes, so totals count only this test's reports. */
	static String uniqueWord() {
		StringBuilder word = new StringBuilder("卷");
		String.valueOf(System.nanoTime() % 100_000_000L + COUNTER.incrementAndGet())
			.chars()
			.forEach(c -> word.append(HAN_DIGITS.charAt(c - '0')));
		return word.append('号').toString();
	}

	static String report(String accused, String units, String subject, String content) {
		return """
				{"channel":"LETTER","receivedOn":"2026-09-18","anonymous":true,"pin":"pin-123456",
				 "accused":%s,"accusedUnits":%s,"categoryCode":"ZFZD-03","subject":"%s","content":"%s","occurredOn":"2026-09-01"}"""
			.formatted(accused, units, subject, content);
	}

	ResultActions list(String q, RequestPostProcessor who) throws Exception {
		return mvc.perform(get("/api/v1/reports").param("q", q).with(who)).andExpect(status().isOk());
	}

	String tracking(String id) throws Exception {
		return JsonPath.read(read(id, LEADER).andReturn().getResponse().getContentAsString(), "$.trackingNumber");
	}

	@Test
	void aChineseWordOfTheContentFindsTheReport() throws Exception {
		String word = uniqueWord();
		String id = registerId(report(CHEN_GANG, "[]", "窗口人员" + word,
				"去办事大厅窗口办理营业执照，工作人员服务态度恶劣，以各种理由推诿，还暗示要吃拿卡要。"));
		for (String q : List.of(word + " 推诿", word + " 服务态度", word + " 吃拿卡要", word + " 大厅窗口")) {
			list(q, OFFICER).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
		}
		list(word + " 扯皮", OFFICER).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void everyWordMustOccurAndTheOrderOfCharactersCounts() throws Exception {
		String word = uniqueWord();
		registerId(report(CHEN_GANG, "[]", word + "窗口服务", "态度推诿"));
		registerId(report(CHEN_GANG, "[]", word + "服务窗口", "态度"));
		list(word + " 窗口服务", OFFICER).andExpect(jsonPath("$.total").value(1));
		list(word + " 服务", OFFICER).andExpect(jsonPath("$.total").value(2));
		list(word + " 推诿", OFFICER).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void aSingleCharacterIsStillFound() throws Exception {
		String word = uniqueWord();
		registerId(report(CHEN_GANG, "[]", word, "门难进，脸难看"));
		list(word + " 脸", OFFICER).andExpect(jsonPath("$.total").value(1));
		list(word + " 鼻", OFFICER).andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void theTrackingNumberTypedInTheTextFilterFindsTheReport() throws Exception {
		String id = registerId(report(CHEN_GANG, "[]", uniqueWord(), "推诿"));
		list(tracking(id).toLowerCase(), OFFICER).andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void anAccusedOfficersSearchFindsNothingAndCountsNothingWhileTheDirectorFindsIt() throws Exception {
		String word = uniqueWord();
		String id = registerId(report(LIN_JING, "[]", word + "推诿", "窗口服务态度差"));
		list(word, OFFICER).andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items", hasSize(0)));
		list(word + " 推诿", OFFICER).andExpect(jsonPath("$.total").value(0));
		list(word, DIRECTOR).andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
	}

	@Test
	void usersOfAnAccusedUnitFindNothingWhileTheLeaderAboveFindsIt() throws Exception {
		String word = uniqueWord();
		registerId(report("[]", "[\"演示区纪委监委\"]", word, "窗口推诿"));
		list(word, OFFICER).andExpect(jsonPath("$.total").value(0));
		list(word, DIRECTOR).andExpect(jsonPath("$.total").value(0));
		list(word, LEADER).andExpect(jsonPath("$.total").value(1));
	}

	@Test
	void anIntakeOfficerFindsOnlyTheReportsItRegistered() throws Exception {
		String word = uniqueWord();
		registerId(report(CHEN_GANG, "[]", word, "推诿"));
		register(report(CHEN_GANG, "[]", word, "推诿"), OFFICER).andExpect(status().isCreated());
		list(word, INTAKE).andExpect(jsonPath("$.total").value(1));
		list(word, DIRECTOR).andExpect(jsonPath("$.total").value(2));
	}

	@Test
	void theListPageAndTheExportUseTheSameTextFilter() throws Exception {
		String word = uniqueWord();
		String id = registerId(report(CHEN_GANG, "[]", word + "推诿扯皮", "窗口"));
		registerId(report(LIN_JING, "[]", word + "推诿扯皮", "窗口"));
		String tracking = tracking(id);
		String page = mvc.perform(get("/reports").param("q", word + " 扯皮").with(OFFICER)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains(tracking);
		byte[] xlsx = mvc.perform(get("/api/v1/reports").param("format", "xlsx").param("q", word + " 扯皮").with(OFFICER))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).as("header and one report").isEqualTo(2);
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(tracking);
		}
	}

	@Test
	void anIndexOutOfStepWithTheDatabaseIsRebuiltAtStartUp() throws Exception {
		String word = uniqueWord();
		registerId(report(CHEN_GANG, "[]", word, "推诿"));
		jdbc.sql("UPDATE report SET subject = :s WHERE subject = :w").param("s", word + "重建").param("w", word).update();
		list(word + "重建", OFFICER).andExpect(jsonPath("$.total").value(0));
		org.hibernate.search.mapper.orm.Search.mapping(entityManagerFactory).scope(Report.class).workspace().purge();
		assertThat(indexing.rebuildIfOutOfStep()).isTrue();
		list(word + "重建", OFFICER).andExpect(jsonPath("$.total").value(1));
		assertThat(indexing.rebuildIfOutOfStep()).isFalse();
	}

	@Autowired
	jakarta.persistence.EntityManagerFactory entityManagerFactory;
}
