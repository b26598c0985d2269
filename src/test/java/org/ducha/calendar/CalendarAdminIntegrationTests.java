package org.ducha.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.ducha.audit.AuditEvent;
import org.ducha.audit.AuditLog;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The administration page edits the shared calendar. A check interval of one hour shows that this
 * node sees its own edits at once, without waiting for the interval. Each test edits its own dates.
 */
@SpringBootTest(properties = "ducha.calendar.revision-check-interval=PT1H")
@AutoConfigureMockMvc
@Import(CalendarTestClock.class)
class CalendarAdminIntegrationTests {

	static final RequestPostProcessor ADMIN = user("sysadmin").roles("SYSTEM_ADMIN");
	static final RequestPostProcessor OFFICER = user("officer").roles("OFFICER");

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CalendarAdministration administration;

	@Autowired
	DatabaseCalendarSource database;

	@Autowired
	AuditLog audit;

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	static MockHttpServletRequestBuilder editDay(String date, String action, String name) {
		MockHttpServletRequestBuilder request = post("/admin/calendar/days").with(csrf()).param("date", date)
			.param("action", action);
		return name == null ? request : request.param("name", name);
	}

	static Matcher<String> checked(String action) {
		return matchesPattern("(?s).*value=\"" + action + "\"[^>]*checked=\"checked\".*");
	}

	List<AuditEvent> auditOf(String objectId, String action) {
		return audit.search(objectId, null, action, PageRequest.of(0, 10)).getContent();
	}

	@Test
	void theSystemAdministratorSeesTheYearAsTwelveMonthGridsWithHolidaysAndMakeUpDays() throws Exception {
		String page = mvc.perform(get("/admin/calendar?year=2026").with(ADMIN))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page.split("data-month=\"2026-", -1)).hasSize(13);
		assertThat(page).contains("data-date=\"2026-10-01\" data-kind=\"HOLIDAY\"")
			.contains("data-date=\"2026-09-20\" data-kind=\"MAKEUP_WORKDAY\"")
			.contains("data-date=\"2026-09-19\" data-kind=\"WEEKEND\"")
			.contains("data-date=\"2026-09-18\" data-kind=\"WORKDAY\"")
			.contains("国庆节", "中秋节", "春节", "data-testid=\"legend\"", "调休上班日")
			.contains("全年工作日 248 天")
			.doesNotContain("2026 年工作日历未加载")
			.contains("2027 年工作日历未加载");
	}

	@Test
	void anHtmxRequestGetsOnlyTheCalendarBody() throws Exception {
		mvc.perform(get("/admin/calendar?year=2026&date=2026-10-01").with(ADMIN).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"calendar-body\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("data-testid=\"main-nav\""))));
	}

	@Test
	void choosingADateOpensItInTheEditorWithItsCurrentSetting() throws Exception {
		mvc.perform(get("/admin/calendar?year=2026&date=2026-10-01").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"selected-day\"")))
			.andExpect(content().string(containsString("value=\"2026-10-01\"")))
			.andExpect(content().string(containsString("value=\"国庆节\"")))
			.andExpect(content().string(checked("HOLIDAY")));
	}

	@Test
	void anOfficerIsRefusedThePageAndTheEdits() throws Exception {
		mvc.perform(get("/admin/calendar?year=2026").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(editDay("2030-05-13", "HOLIDAY", "Test").with(OFFICER)).andExpect(status().isForbidden());
		mvc.perform(post("/admin/calendar/years/2027/load").with(csrf()).with(OFFICER)).andExpect(status().isForbidden());

		assertThat(calendar.isWorkingDay(d("2030-05-13"))).isTrue();
		assertThat(calendar.isYearLoaded(2027)).isFalse();
	}

	@Test
	void markingAHolidayIsAuditedAndDeadlinesUseItAtOnce() throws Exception {
		assertThat(calendar.addWorkingDays(d("2030-05-03"), 1)).isEqualTo(d("2030-05-06"));

		mvc.perform(editDay("2030-05-06", "HOLIDAY", "测试假日").with(ADMIN))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/admin/calendar?year=2030&date=2030-05-06"));

		assertThat(calendar.isWorkingDay(d("2030-05-06"))).isFalse();
		assertThat(calendar.day(d("2030-05-06")).name()).isEqualTo("测试假日");
		assertThat(calendar.addWorkingDays(d("2030-05-03"), 1)).isEqualTo(d("2030-05-07"));
		assertThat(auditOf("2030-05-06", "CALENDAR_HOLIDAY_MARKED")).singleElement()
			.satisfies(e -> assertThat(e.getActor()).isEqualTo("sysadmin"));
	}

	@Test
	void aMakeUpWorkingDayOnAWeekdayIsRefusedBesideTheDateField() throws Exception {
		mvc.perform(editDay("2030-05-07", "MAKEUP_WORKDAY", "").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("调休上班日只能是周六或周日")))
			.andExpect(content().string(checked("MAKEUP_WORKDAY")));

		assertThat(calendar.day(d("2030-05-07")).kind()).isEqualTo(DayKind.WORKDAY);
		assertThat(auditOf("2030-05-07", null)).isEmpty();
	}

	@Test
	void aHolidayWithoutANameIsRefusedBesideTheNameFieldAndTheFormKeepsTheDate() throws Exception {
		mvc.perform(editDay("2030-05-08", "HOLIDAY", "  ").with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("节假日必须填写名称")))
			.andExpect(content().string(containsString("value=\"2030-05-08\"")));

		assertThat(calendar.isWorkingDay(d("2030-05-08"))).isTrue();
	}

	@Test
	void aMissingDateIsRefusedBesideTheDateField() throws Exception {
		mvc.perform(post("/admin/calendar/days").with(csrf()).with(ADMIN).param("action", "HOLIDAY").param("name", "X"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择日期")))
			.andExpect(content().string(containsString("value=\"X\"")));
	}

	@Test
	void clearingAMakeUpDayRestoresTheWeekendAndIsAudited() throws Exception {
		mvc.perform(editDay("2030-06-08", "MAKEUP_WORKDAY", "调休").with(ADMIN)).andExpect(status().is3xxRedirection());
		assertThat(calendar.isWorkingDay(d("2030-06-08"))).isTrue();

		mvc.perform(editDay("2030-06-08", "CLEAR", null).with(ADMIN)).andExpect(status().is3xxRedirection());

		assertThat(calendar.day(d("2030-06-08")).kind()).isEqualTo(DayKind.WEEKEND);
		assertThat(auditOf("2030-06-08", "CALENDAR_MAKEUP_WORKDAY_MARKED")).hasSize(1);
		assertThat(auditOf("2030-06-08", "CALENDAR_OVERRIDE_CLEARED")).hasSize(1);
	}

	@Test
	void clearingADateWithoutSettingIsRefusedBesideTheChoice() throws Exception {
		mvc.perform(editDay("2030-06-12", "CLEAR", null).with(ADMIN))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该日期没有节假日或调休设置")));
	}

	@Test
	void markingNextYearLoadedRemovesTheRedWarningsAndReopeningBringsThemBack() throws Exception {
		mvc.perform(get("/admin/calendar?year=2027").with(ADMIN))
			.andExpect(content().string(containsString("alert alert-danger")))
			.andExpect(content().string(containsString("2027 年工作日历未加载")));

		mvc.perform(post("/admin/calendar/years/2027/load").with(csrf()).with(ADMIN))
			.andExpect(redirectedUrl("/admin/calendar?year=2027"));

		assertThat(calendar.missingYears()).isEmpty();
		assertThat(auditOf("2027", "CALENDAR_YEAR_LOADED")).hasSize(1);
		mvc.perform(get("/admin/calendar?year=2027").with(ADMIN))
			.andExpect(content().string(not(containsString("工作日历未加载"))));
		mvc.perform(get("/").with(ADMIN)).andExpect(content().string(not(containsString("工作日历未加载"))));

		mvc.perform(post("/admin/calendar/years/2027/reopen").with(csrf()).with(ADMIN))
			.andExpect(status().is3xxRedirection());

		assertThat(calendar.missingYears()).containsExactly(2027);
		assertThat(auditOf("2027", "CALENDAR_YEAR_REOPENED")).hasSize(1);
		mvc.perform(get("/").with(ADMIN)).andExpect(content().string(containsString("2027 年工作日历未加载")));
	}

	@Test
	void markingALoadedYearLoadedAgainIsAnIllegalTransition() throws Exception {
		mvc.perform(post("/admin/calendar/years/2026/load").with(csrf()).with(ADMIN))
			.andExpect(status().isConflict());
	}

	@Test
	void aYearOutsideTheMaintainedRangeIsABadRequest() throws Exception {
		mvc.perform(get("/admin/calendar?year=1800").with(ADMIN)).andExpect(status().isBadRequest());
	}

	@Test
	@WithMockUser(username = "sysadmin", roles = "SYSTEM_ADMIN")
	void anotherNodeSeesAnEditOnceItsCheckIntervalHasPassed() {
		AtomicLong nanos = new AtomicLong();
		WorkingCalendar otherNode = new WorkingCalendar(new CalendarCache(database, Duration.ofSeconds(1), nanos::get),
				Clock.systemUTC(), calendar.zone());
		assertThat(otherNode.isWorkingDay(d("2030-06-03"))).isTrue();

		administration.markHoliday(d("2030-06-03"), "测试假日");

		assertThat(calendar.isWorkingDay(d("2030-06-03"))).as("this node, at once").isFalse();
		assertThat(otherNode.isWorkingDay(d("2030-06-03"))).as("other node, within its interval").isTrue();
		nanos.addAndGet(Duration.ofSeconds(1).toNanos());
		assertThat(otherNode.isWorkingDay(d("2030-06-03"))).as("other node, after its interval").isFalse();
	}
}
