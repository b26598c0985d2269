package org.ducha.supervision;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/** The task pages: list, form with messages beside the fields and the date preview, task page, chart. */
class SupervisedTaskPagesIntegrationTests extends SupervisionIntegrationSupport {

	@Test
	void createsATaskFromTheFormAndShowsItsMilestoneDates() throws Exception {
		mvc.perform(post("/tasks").with(OFFICER).with(csrf())
			.param("title", "页面创建的任务").param("source", "DECISION").param("sourceName", "区委常委会")
			.param("itemNumber", "1").param("leadUnitCode", "ZJJ").param("coUnitCodes", "SCJ")
			.param("responsibleCadreNo", "C004").param("deadline", "2026-10-15").param("frequency", "WEEKLY")
			.param("milestones[0].name", "节点甲").param("milestones[0].workingDaysBefore", "5")
			.param("milestones[1].name", "").param("milestones[1].workingDaysBefore", "")
			.param("targets[0].metric", "").param("targets[0].measureUnit", "").param("targets[0].targetValue", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/tasks/*"));
	}

	@Test
	void putsEachRefusalBesideItsFieldAndKeepsTheRows() throws Exception {
		mvc.perform(post("/tasks").with(OFFICER).with(csrf())
			.param("title", "").param("source", "DECISION").param("leadUnitCode", "ZJJ")
			.param("responsibleCadreNo", "C004").param("deadline", "2026-10-15").param("frequency", "WEEKLY")
			.param("milestones[0].name", "").param("milestones[0].workingDaysBefore", "")
			.param("milestones[1].name", "节点乙").param("milestones[1].workingDaysBefore", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写任务名称")))
			.andExpect(content().string(containsString("请填写会议名称")))
			.andExpect(content().string(containsString("请填写0至2000之间的工作日数")))
			.andExpect(content().string(containsString("value=\"节点乙\"")));
	}

	@Test
	void previewsTheMilestoneDatesOnTheCalendar() throws Exception {
		mvc.perform(post("/tasks/preview").with(OFFICER).with(csrf()).param("deadline", "2026-10-15")
			.param("milestones[0].name", "甲").param("milestones[0].workingDaysBefore", "5")
			.param("milestones[1].name", "乙").param("milestones[1].workingDaysBefore", "15"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-10-09")))
			.andExpect(content().string(containsString("2026-09-18")));
	}

	@Test
	void previewUpdatesOnlyTheDateCellsAndNeverReplacesTheInputs() throws Exception {
		mvc.perform(post("/tasks/preview").with(OFFICER).with(csrf()).param("deadline", "2026-10-15")
			.param("milestones[0].name", "甲").param("milestones[0].workingDaysBefore", "15")
			.param("milestones[1].name", "乙").param("milestones[1].workingDaysBefore", "")
			.param("milestones[2].name", "丙").param("milestones[2].workingDaysBefore", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s)\\s*"
					+ "<span id=\"milestone-date-0\" hx-swap-oob=\"true\">2026-09-18</span>\\s*"
					+ "<span id=\"milestone-date-1\" hx-swap-oob=\"true\"></span>\\s*"
					+ "<span id=\"milestone-date-2\" hx-swap-oob=\"true\">2026-10-15</span>\\s*")));
		mvc.perform(get("/tasks/new").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(matchesPattern("(?s).*<span id=\"milestone-date-0\"\\s*></span>.*")))
			.andExpect(content().string(not(containsString("hx-swap-oob"))))
			.andExpect(content().string(not(containsString("hx-target=\"#milestones\""))))
			.andExpect(content().string(matchesPattern("(?s).*<input(?=[^>]*data-testid=\"milestone-days-0\")(?=[^>]*hx-swap=\"none\")[^>]*>.*")))
			.andExpect(content().string(matchesPattern("(?s).*<input(?=[^>]*id=\"deadline\")(?=[^>]*hx-swap=\"none\")[^>]*>.*")));
	}

	@Test
	void refusesTheFormToUnitsAndLeaders() throws Exception {
		mvc.perform(get("/tasks/new").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/tasks/new").with(LEADER)).andExpect(status().isForbidden());
	}

	@Test
	void showsTheTaskPageAndTheChartWithTheMilestoneDates() throws Exception {
		String id = createId(taskBody("2026-10-15", "15,5,0"));
		mvc.perform(get("/tasks/" + id).with(LEADER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-09-18")))
			.andExpect(content().string(containsString("/assignments/")))
			.andExpect(content().string(not(containsString("rating-form"))));
		mvc.perform(get("/tasks/chart").param("unitCode", "SCJ").param("leaderCadreNo", "C004").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-task-id=\"" + id + "\"")))
			.andExpect(content().string(containsString("data-milestone-date=\"2026-09-18\"")))
			.andExpect(content().string(containsString("data-milestone-date=\"2026-10-09\"")))
			.andExpect(content().string(containsString("data-milestone-date=\"2026-10-15\"")));
		mvc.perform(get("/tasks/chart").param("leaderCadreNo", "C005").with(OFFICER))
			.andExpect(content().string(not(containsString("data-task-id=\"" + id + "\""))));
	}

	@Test
	void listsTasksAndExportsTheList() throws Exception {
		createId(taskBody("2026-10-15", "5"));
		mvc.perform(get("/tasks").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("标准化厂房建设")));
		mvc.perform(get("/tasks").param("format", "xlsx").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}
}
