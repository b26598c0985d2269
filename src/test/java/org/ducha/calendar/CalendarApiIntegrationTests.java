package org.ducha.calendar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@Import(CalendarTestClock.class)
class CalendarApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	ResultActions call(String url, String role) throws Exception {
		return mvc.perform(get(url).with(user("someone").roles(role)).accept(MediaType.APPLICATION_JSON));
	}

	void expectValidationFailureOn(String url, String field) throws Exception {
		call(url, "OFFICER")
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.errors[*].field").value(Matchers.contains(field)))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
	}

	@Test
	void addWorkingDaysAnswersTheDueDateOfTheSpecExample() throws Exception {
		call("/api/v1/calendar/add-working-days?from=2026-09-18&days=15", "OFFICER")
			.andExpect(status().isOk())
			.andExpect(content().json("{\"date\":\"2026-10-15\"}", org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@Test
	void zeroWorkingDaysAnswerTheStartDate() throws Exception {
		call("/api/v1/calendar/add-working-days?from=2026-10-01&days=0", "OFFICER")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-01"));
	}

	@Test
	void workingDayAnswersTrueForTheMakeUpSundayAndFalseForNationalDay() throws Exception {
		call("/api/v1/calendar/working-day?date=2026-09-20", "OFFICER")
			.andExpect(status().isOk())
			.andExpect(content().json("{\"date\":\"2026-09-20\",\"workingDay\":true}",
					org.springframework.test.json.JsonCompareMode.STRICT));
		call("/api/v1/calendar/working-day?date=2026-10-01", "OFFICER")
			.andExpect(jsonPath("$.workingDay").value(false));
	}

	@ParameterizedTest
	@ValueSource(strings = { "CADRE", "UNIT_LIAISON", "SYSTEM_ADMIN", "AUDITOR", "INSPECTOR" })
	void everySignedInRoleMayAsk(String role) throws Exception {
		call("/api/v1/calendar/working-day?date=2026-10-10", role)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.workingDay").value(true));
	}

	@Test
	void aNegativeNumberOfDaysIsAValidationFailureOnDays() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=2026-09-18&days=-1", "days");
	}

	@Test
	void moreThanTenYearsOfWorkingDaysIsAValidationFailureOnDays() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=2026-09-18&days=3651", "days");
	}

	@Test
	void daysThatAreNotAWholeNumberAreAValidationFailureOnDays() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=2026-09-18&days=1.5", "days");
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=2026-09-18&days=abc", "days");
	}

	@Test
	void missingDaysIsAValidationFailureOnDays() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=2026-09-18", "days");
	}

	@Test
	void aMissingOrMalformedStartDateIsAValidationFailureOnFrom() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/add-working-days?days=3", "from");
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=2026-13-01&days=3", "from");
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=18.09.2026&days=3", "from");
	}

	@Test
	void aStartDateOutsideTheSupportedYearsIsAValidationFailureOnFrom() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/add-working-days?from=9999-12-31&days=3650", "from");
	}

	@Test
	void aMissingOrMalformedDateIsAValidationFailureOnDate() throws Exception {
		expectValidationFailureOn("/api/v1/calendar/working-day", "date");
		expectValidationFailureOn("/api/v1/calendar/working-day?date=tomorrow", "date");
	}

	@Test
	void validationMessagesComeFromTheMessageFiles() throws Exception {
		call("/api/v1/calendar/add-working-days?from=2026-09-18&days=-1", "OFFICER")
			.andExpect(jsonPath("$.errors[0].message").value("工作日数 days 不能为负数"));
		mvc.perform(get("/api/v1/calendar/add-working-days?from=2026-09-18&days=-1&lang=en")
				.with(user("someone").roles("OFFICER")))
			.andExpect(jsonPath("$.errors[0].message").value("days must not be negative"));
	}
}
