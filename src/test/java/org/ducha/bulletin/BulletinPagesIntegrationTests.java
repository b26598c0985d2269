package org.ducha.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.ducha.dashboard.StatisticsIntegrationSupport;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class BulletinPagesIntegrationTests extends StatisticsIntegrationSupport {

	String assembleOnPage(String month) throws Exception {
		MvcResult result = mvc.perform(post("/bulletins").param("month", month).with(OFFICER).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/bulletins/*"))
			.andReturn();
		String url = result.getResponse().getRedirectedUrl();
		return url.substring(url.lastIndexOf('/') + 1);
	}

	@Test
	void theOfficeAssemblesAMonthFromTheListPage() throws Exception {
		mvc.perform(get("/bulletins").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"assemble-form\"")))
			.andExpect(content().string(containsString("value=\"2026-08\"")));
		String id = assembleOnPage("2022-01");
		mvc.perform(get("/bulletins/" + id).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于2022年1月全区作风问题查处情况的通报")))
			.andExpect(content().string(containsString("data-testid=\"text-form\"")))
			.andExpect(content().string(containsString("data-testid=\"case-picker\"")))
			.andExpect(content().string(not(containsString("data-testid=\"approve\""))));
		mvc.perform(get("/bulletins/" + id).with(DIRECTOR))
			.andExpect(content().string(containsString("data-testid=\"approve\"")));
	}

	@Test
	void aMonthAlreadyAssembledIsToldBesideTheMonthField() throws Exception {
		assembleOnPage("2022-02");
		mvc.perform(post("/bulletins").param("month", "2022-02").with(OFFICER).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"month-error\"")))
			.andExpect(content().string(containsString("该月的通报已经生成")))
			.andExpect(content().string(containsString("value=\"2022-02\"")));
	}

	@Test
	void aTextWithoutTitleIsRefusedBesideTheFieldKeepingWhatWasTyped() throws Exception {
		String id = assembleOnPage("2022-03");
		mvc.perform(post("/bulletins/" + id + "/text").with(OFFICER).with(csrf()).param("documentNumber", "演作风办〔2022〕3号")
			.param("title", " ").param("opening", "本段导语不应丢失").param("requirements", "").param("copyTo", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"title-error\"")))
			.andExpect(content().string(containsString("本段导语不应丢失")));
	}

	@Test
	void theOfficePicksTypicalCasesOnTheDraftPage() throws Exception {
		String caseId = fixtures.decidedCase("C012", "ZJJ", "陈刚", "城建股股长", "违规操办升学宴", List.of("PARTY_WARNING"), 2,
				LocalDate.of(2022, 4, 12), null);
		String id = assembleOnPage("2022-04");
		mvc.perform(get("/bulletins/" + id).with(OFFICER))
			.andExpect(content().string(containsString("data-testid=\"case-" + caseId + "\"")));
		mvc.perform(post("/bulletins/" + id + "/cases").param("caseId", caseId).with(OFFICER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/bulletins/" + id).with(OFFICER))
			.andExpect(content().string(containsString("违规操办升学宴。给予党内警告处分。")))
			.andExpect(content().string(containsString("（一）演示区住房和城乡建设局城建股股长陈刚问题")));
	}

	@Test
	void unitUsersSeeOnlyPublishedBulletinsAndNoOfficeControls() throws Exception {
		String draft = assembleOnPage("2022-05");
		String published = assembleOnPage("2022-06");
		mvc.perform(post("/bulletins/" + published + "/approve").with(DIRECTOR).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/bulletins/" + published + "/publish").with(DIRECTOR).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/bulletins").with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"bulletin-2022-06\"")))
			.andExpect(content().string(not(containsString("data-testid=\"bulletin-2022-05\""))))
			.andExpect(content().string(not(containsString("data-testid=\"assemble-form\""))));
		mvc.perform(get("/bulletins/" + draft).with(ZJJ)).andExpect(status().isNotFound());
		mvc.perform(get("/bulletins/" + published).with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"versions\""))))
			.andExpect(content().string(not(containsString("data-testid=\"text-form\""))));
		mvc.perform(get("/bulletins/" + published + "/document").param("format", "docx").with(ZJJ))
			.andExpect(status().isOk());
	}

	@Test
	void eachVersionLinksToAReadOnlyPageOfItsContentThen() throws Exception {
		String id = assembleOnPage("2020-03");
		mvc.perform(post("/bulletins/" + id + "/text").with(OFFICER).with(csrf()).param("documentNumber", "演作风办〔2020〕3号")
			.param("title", "改过的2020年3月通报标题").param("opening", "第二版的导语").param("requirements", "").param("copyTo", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/bulletins/" + id).with(LEADER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/bulletins/" + id + "/versions/1\"")))
			.andExpect(content().string(containsString("href=\"/bulletins/" + id + "/versions/2\"")));
		mvc.perform(get("/bulletins/" + id + "/versions/1").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"version-readonly\"")))
			.andExpect(content().string(containsString("data-testid=\"version-not-current\"")))
			.andExpect(content().string(containsString("关于2020年3月全区作风问题查处情况的通报")))
			.andExpect(content().string(containsString("生成")))
			.andExpect(content().string(not(containsString("改过的2020年3月通报标题"))))
			.andExpect(content().string(not(containsString("第二版的导语"))))
			.andExpect(content().string(not(containsString("data-testid=\"text-form\""))))
			.andExpect(content().string(not(containsString("data-testid=\"approve\""))));
		mvc.perform(get("/bulletins/" + id + "/versions/2").with(LEADER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("改过的2020年3月通报标题")))
			.andExpect(content().string(containsString("第二版的导语")))
			.andExpect(content().string(not(containsString("data-testid=\"version-not-current\""))));
		mvc.perform(get("/bulletins/" + id + "/versions/1").param("lang", "en").with(OFFICER))
			.andExpect(content().string(containsString("Read-only")));
		mvc.perform(get("/bulletins/" + id + "/versions/3").with(OFFICER)).andExpect(status().isNotFound());
		mvc.perform(get("/bulletins/999999/versions/1").with(OFFICER)).andExpect(status().isNotFound());
	}

	@Test
	void unitUsersAreRefusedTheVersionPages() throws Exception {
		String id = assembleOnPage("2020-04");
		mvc.perform(post("/bulletins/" + id + "/approve").with(DIRECTOR).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post("/bulletins/" + id + "/publish").with(DIRECTOR).with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get("/bulletins/" + id).with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/versions/1"))));
		mvc.perform(get("/bulletins/" + id + "/versions/1").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/bulletins/" + id + "/versions/1").with(ZJJ_LIAISON)).andExpect(status().isForbidden());
	}

	@Test
	void theDemoDistrictHasLastMonthsBulletinPublished() throws Exception {
		mvc.perform(get("/bulletins").with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"bulletin-2026-08\"")));
	}

	@Test
	void aRefusedActionIsToldOnTheBulletinPageInsteadOfAnErrorPage() throws Exception {
		String revoked = fixtures.decidedCase("C013", "ZJJ", "郑伟", "科员", "推诿扯皮", List.of("REMOVAL"), 3,
				LocalDate.of(2021, 5, 16), null);
		String id = assembleOnPage("2021-05");
		mvc.perform(post("/bulletins/" + id + "/cases").param("caseId", revoked).with(OFFICER).with(csrf()))
			.andExpect(status().is3xxRedirection());
		jdbc.sql("UPDATE accountability_case SET revoked_on = :on WHERE id = :id")
			.param("on", LocalDate.of(2021, 6, 1))
			.param("id", Long.valueOf(revoked))
			.update();
		mvc.perform(post("/bulletins/" + id + "/approve").with(DIRECTOR).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("failed", "typicalCaseRevoked"));
		mvc.perform(post("/bulletins/" + id + "/cases").param("caseId", revoked).with(OFFICER).with(csrf()))
			.andExpect(flash().attribute("failed", "casesInvalid"));
		mvc.perform(post("/bulletins/" + id + "/refresh").with(OFFICER).with(csrf()))
			.andExpect(flash().attribute("done", "refreshed"));
		mvc.perform(post("/bulletins/" + id + "/approve").with(DIRECTOR).with(csrf()))
			.andExpect(flash().attribute("done", "approved"));
		mvc.perform(post("/bulletins/" + id + "/approve").with(DIRECTOR).with(csrf()))
			.andExpect(flash().attribute("failed", "illegalTransition"));
	}
}
