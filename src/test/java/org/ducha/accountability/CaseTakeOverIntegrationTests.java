package org.ducha.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import com.jayway.jsonpath.JsonPath;
import org.ducha.organization.JurisdictionLevel;
import org.ducha.rectification.Problem;
import org.ducha.rectification.ProblemSource;
import org.ducha.rectification.Problems;
import org.ducha.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SPEC §2, §8.1: a UNIT case not reported within 20 working days of opening is taken over by the district (区纪委直接问责)
 * and the delay becomes a problem of the unit. Opened on Friday 2026-09-18, the deadline is Thursday 2026-10-22
 * (20 working days, the National Day holiday skipped); the takeover is possible from 2026-10-23 on.
 */
class CaseTakeOverIntegrationTests extends AccountabilityIntegrationSupport {

	static final LocalDate DEADLINE = LocalDate.of(2026, 10, 22);

	@Autowired
	Problems problems;

	@Test
	void theDistrictTakesOverAUnitCaseOnlyAfterItsDeadlineAndTheDelayBecomesAProblemOfTheUnit() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C013", "未按期完成整改")));
		assertThat(opened.jurisdiction()).isEqualTo(JurisdictionLevel.UNIT);
		assertThat(opened.unitReportDueOn()).isEqualTo(DEADLINE);

		clock.setDate(DEADLINE);
		assertThat(as("officer", () -> cases.unitReportsOverdue())).extracting(CaseView::id).doesNotContain(opened.id());
		assertThatThrownBy(() -> as("officer", () -> cases.takeOver(opened.id())))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		assertThat(cases.get(opened.id()).takenOverFrom()).isNull();

		clock.setDate(DEADLINE.plusDays(1));
		assertThat(as("officer", () -> cases.unitReportsOverdue())).extracting(CaseView::id).contains(opened.id());
		assertThat(as("officer", () -> cases.actionsOn(opened.id()))).contains(CaseAction.TAKE_OVER);
		assertThatThrownBy(() -> as("zjj", () -> cases.takeOver(opened.id())))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));

		CaseView taken = as("officer", () -> cases.takeOver(opened.id()));
		assertThat(taken.jurisdiction()).isEqualTo(JurisdictionLevel.DISTRICT);
		assertThat(taken.decidingUnitCode()).isEqualTo("JW");
		assertThat(taken.takenOverFrom()).isEqualTo("ZJJ");
		assertThat(taken.takenOverOn()).isEqualTo(DEADLINE.plusDays(1));
		assertThat(taken.unitReportOverdue()).isFalse();
		assertThat(taken.delayProblemId()).isNotNull();
		assertThat(auditCount("CASE_TAKEN_OVER", opened.id())).isEqualTo(1);

		Problem delay = as("officer", () -> problems.get(taken.delayProblemId()).problem());
		assertThat(delay.getUnitCode()).isEqualTo("ZJJ");
		assertThat(delay.getCategoryCode()).isEqualTo(AccountabilityCases.DELAY_CATEGORY);
		assertThat(delay.getSource()).isEqualTo(ProblemSource.OTHER);
		assertThat(delay.getDescription()).contains("#" + opened.id()).contains(DEADLINE.toString());

		assertThat(as("officer", () -> cases.unitReportsOverdue())).extracting(CaseView::id).doesNotContain(opened.id());
		assertThatThrownBy(() -> as("officer", () -> cases.takeOver(opened.id())))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
		// the district now decides: the office's director, no longer the unit principal
		assertThat(as("director", () -> cases.actionsOn(opened.id()))).contains(CaseAction.NOT_PURSUE);
		assertThat(as("zjj", () -> cases.actionsOn(opened.id()))).doesNotContain(CaseAction.DECIDE, CaseAction.INVESTIGATE);
	}

	@Test
	void aDistrictCaseIsNeverTakenOver() {
		CaseView opened = as("officer", () -> cases.open(NewCase.againstCadre("C021", "落实整改不力")));
		clock.setDate(DEADLINE.plusDays(30));
		assertThatThrownBy(() -> as("officer", () -> cases.takeOver(opened.id())))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION"));
	}

	@Test
	void takeoverEndpointAnswers409BeforeTheDeadlineAndTheCaseWithItsDelayProblemAfterIt() throws Exception {
		String json = mvc.perform(post("/api/v1/accountability-cases").with(OFFICER)
			.contentType("application/json").content("""
					{"subject":{"cadreNo":"C012"},"facts":"城建股未按期完成整改"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(json, "$.id");
		String takeover = "/api/v1/accountability-cases/" + id + "/takeover";

		clock.setDate(DEADLINE);
		mvc.perform(post(takeover).with(OFFICER)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));

		clock.setDate(DEADLINE.plusDays(1));
		mvc.perform(get("/api/v1/accountability-cases/" + id).with(OFFICER))
			.andExpect(jsonPath("$.unitReportOverdue").value(true));
		mvc.perform(post(takeover).with(ZJJ)).andExpect(status().isForbidden());
		String taken = mvc.perform(post(takeover).with(OFFICER)).andExpect(status().isOk())
			.andExpect(jsonPath("$.jurisdiction.level").value("DISTRICT"))
			.andExpect(jsonPath("$.jurisdiction.decidingUnitCode").value("JW"))
			.andExpect(jsonPath("$.takenOver.fromUnitCode").value("ZJJ"))
			.andExpect(jsonPath("$.takenOver.on").value(DEADLINE.plusDays(1).toString()))
			.andExpect(jsonPath("$.unitReportOverdue").value(false))
			.andReturn().getResponse().getContentAsString();
		String problemId = JsonPath.read(taken, "$.takenOver.problemId");
		Problem delay = as("officer", () -> problems.get(problemId).problem());
		assertThat(delay.getUnitCode()).isEqualTo("ZJJ");
		assertThat(delay.getCategoryCode()).isEqualTo("ZFZD-01");
		assertThat(delay.getSource()).isEqualTo(ProblemSource.OTHER);

		mvc.perform(post(takeover).with(OFFICER)).andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("ILLEGAL_TRANSITION"));
		// the unit that had it still reads it
		mvc.perform(get("/api/v1/accountability-cases/" + id).with(ZJJ)).andExpect(status().isOk());
	}
}
