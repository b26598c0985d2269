package org.ducha.accountability;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * SPEC §8.3: the printable decision record of a decided case — subject, facts, defence, forms, four form, effect
 * period, deciding body, dates, document number —, for the users who see the case; 404 outside their scope and
 * for a case without a decision.
 */
class DecisionRecordPageIntegrationTests extends IntegrityIntegrationSupport {

	@Test
	void theDecisionRecordShowsTheDecisionToThoseWhoSeeTheCase() throws Exception {
		// 郑伟 (C013, 住建局科员): a UNIT case of 住建局
		String id = decidedCase("C013", List.of(Form.ADMONISHMENT), LocalDate.of(2026, 9, 18), null);
		String path = "/accountability/cases/" + id + "/decision-record";

		mvc.perform(get(path).with(OFFICER).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"decision-record\"")))
			.andExpect(content().string(containsString("演纪决〔2026〕1号")))
			.andExpect(content().string(containsString("郑伟 (C013)")))
			.andExpect(content().string(containsString("演示区住房和城乡建设局")))
			.andExpect(content().string(containsString("违规审批施工许可")))
			.andExpect(content().string(containsString("本人对事实无异议")))
			.andExpect(content().string(containsString("诫勉")))
			.andExpect(content().string(containsString("第一种形态")))
			.andExpect(content().string(containsString("2027-03-18")))
			.andExpect(content().string(containsString("演示区纪委监委")))
			.andExpect(content().string(containsString("2026-09-18")))
			// the appeal notice: one month after delivery
			.andExpect(content().string(containsString("2026-10-18")));
		mvc.perform(get(path).with(LEADER)).andExpect(status().isOk());
		mvc.perform(get(path).with(ZJJ)).andExpect(status().isOk())
			.andExpect(content().string(containsString("演纪决〔2026〕1号")));
	}

	@Test
	void outsideTheCallersScopeOrWithoutADecisionTheRecordIsNotFound() throws Exception {
		String decided = decidedCase("C013", List.of(Form.CRITICISM_EDUCATION), LocalDate.of(2026, 9, 18), null);
		mvc.perform(get("/accountability/cases/" + decided + "/decision-record").with(SCJ))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("演纪决"))));
		mvc.perform(get("/accountability/cases/" + decided + "/decision-record").with(CADRE))
			.andExpect(status().isForbidden());

		String district = decidedCase("C021", List.of(Form.CRITICISM_EDUCATION), LocalDate.of(2026, 9, 18), null);
		mvc.perform(get("/accountability/cases/" + district + "/decision-record").with(ZJJ))
			.andExpect(status().isNotFound());

		String undecided = openCase("C013");
		mvc.perform(get("/accountability/cases/" + undecided + "/decision-record").with(OFFICER))
			.andExpect(status().isNotFound());
		mvc.perform(get("/accountability/cases/999999999/decision-record").with(OFFICER))
			.andExpect(status().isNotFound());
	}
}
