package org.ducha.calendar;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** Today is 2026-10-01 in the district: 2026 is shipped, 2027 is not. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(CalendarTestClock.class)
class CalendarHomeNoticeIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void theSystemAdministratorsHomePageSaysInRedThatNextYearIsNotLoadedAndLinksToIt() throws Exception {
		mvc.perform(get("/").with(user("sysadmin").roles("SYSTEM_ADMIN")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("alert alert-danger")))
			.andExpect(content().string(containsString("2027 年工作日历未加载")))
			.andExpect(content().string(containsString("href=\"/admin/calendar?year=2027\"")))
			.andExpect(content().string(not(containsString("2026 年工作日历未加载"))));
	}

	@Test
	void otherRolesGetNoCalendarNotice() throws Exception {
		mvc.perform(get("/").with(user("officer").roles("OFFICER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("工作日历未加载"))));
	}

	@Test
	void theCalendarIsInTheNavigationOfTheSystemAdministratorOnly() throws Exception {
		mvc.perform(get("/").with(user("sysadmin").roles("SYSTEM_ADMIN")))
			.andExpect(content().string(containsString("data-nav=\"/admin/calendar\"")));
		mvc.perform(get("/").with(user("officer").roles("OFFICER")))
			.andExpect(content().string(not(containsString("data-nav=\"/admin/calendar\""))));
	}
}
