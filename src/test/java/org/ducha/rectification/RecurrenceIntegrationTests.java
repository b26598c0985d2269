package org.ducha.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.ducha.assignment.FlagReason;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

class RecurrenceIntegrationTests extends RectificationIntegrationSupport {

	/** Creates a problem issued on {@code issuedOn} and closes it out on {@code closedOn} (as AssignmentClosed would). */
	String closedProblem(String unit, String category, LocalDate issuedOn, LocalDate closedOn) throws Exception {
		String id = createdId(problemJson(unit, category, "\"issuedOn\":\"" + issuedOn + "\""));
		problems.closeOut(assignmentOf(id), id, closedOn);
		return id;
	}

	@Test
	void marksRecurrenceOnTheLastDayOfTwelveMonthsAndFlagsTheAssignment() throws Exception {
		String earlier = closedProblem("QW", "ZFZD-02", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 18));
		String json = created(problemJson("QW", "ZFZD-02", null));
		assertThat((String) com.jayway.jsonpath.JsonPath.read(json, "$.recurrenceOf")).isEqualTo(earlier);
		assertThat((Boolean) com.jayway.jsonpath.JsonPath.read(json, "$.assignment.flaggedForAccountability")).isTrue();
		String later = com.jayway.jsonpath.JsonPath.read(json, "$.id");
		assertThat(assignments.flagsOf(assignmentOf(later))).containsExactly(FlagReason.RECURRENCE);
	}

	@Test
	void noRecurrenceTheDayAfterTheTwelveMonths() throws Exception {
		closedProblem("QZF", "ZFZD-02", LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 17));
		create(problemJson("QZF", "ZFZD-02", null), OFFICER)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.recurrenceOf").value(Matchers.nullValue()))
			.andExpect(jsonPath("$.assignment.flaggedForAccountability").value(false));
	}

	@Test
	void noRecurrenceForAnotherCategoryOrUnitOrAnOpenProblem() throws Exception {
		closedProblem("JW", "ZFZD-02", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1));
		createdId(problemJson("JW", "ZFZD-01", null));
		create(problemJson("JW", "ZFZD-01", null), OFFICER)
			.andExpect(jsonPath("$.recurrenceOf").value(Matchers.nullValue()));
		create(problemJson("HPSQ", "ZFZD-02", null), OFFICER)
			.andExpect(jsonPath("$.recurrenceOf").value(Matchers.nullValue()));
	}

	@Test
	void recurrenceIsLinkedBothWaysOnTheProblemPages() throws Exception {
		String earlier = closedProblem("DXJD", "ZFZD-02", LocalDate.of(2026, 5, 6), LocalDate.of(2026, 6, 1));
		String later = createdId(problemJson("DXJD", "ZFZD-02", null));
		mvc.perform(get("/problems/" + later).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/problems/" + earlier)));
		mvc.perform(get("/problems/" + earlier).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("/problems/" + later)));
	}
}
