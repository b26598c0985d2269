package org.ducha.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The meeting pages: form with messages beside the fields, meeting page, check-in grid, notice page and .docx. */
class MeetingPagesIntegrationTests extends MeetingIntegrationSupport {

	static final RequestPostProcessor ZJJ = user("zjj").roles("UNIT_PRINCIPAL");
	static final RequestPostProcessor SUNLI = user("sunli").roles("LEADER");

	@Test
	void schedulesAMeetingFromTheForm() throws Exception {
		mvc.perform(post("/meetings").with(OFFICER).with(csrf()).param("title", "页面安排的会议")
			.param("startsAt", "2026-10-21T09:30").param("place", "区行政中心第一会议室").param("organizerUnitCode", "JW")
			.param("leaderCadreNo", "C004").param("unitCodes", "ZJJ", "SCJ").param("cadreNos", "C012"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/meetings/*"));
	}

	@Test
	void putsEachRefusalBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/meetings").with(OFFICER).with(csrf()).param("title", "")
			.param("startsAt", "2026-10-21T09:30").param("place", "保留的地点").param("organizerUnitCode", "JW")
			.param("leaderCadreNo", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写会议名称（不超过200字）")))
			.andExpect(content().string(containsString("请选择审批请假的区领导")))
			.andExpect(content().string(containsString("请至少选择一个参会单位或参会干部")))
			.andExpect(content().string(containsString("value=\"保留的地点\"")));
		mvc.perform(post("/meetings").with(OFFICER).with(csrf()).param("title", "会")
			.param("startsAt", "not-a-time").param("place", "地点").param("organizerUnitCode", "JW")
			.param("leaderCadreNo", "C004").param("unitCodes", "ZJJ"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写开始时间")));
	}

	@Test
	void refusesTheFormToUnitsAndLeaders() throws Exception {
		mvc.perform(get("/meetings/new").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/new").with(SUNLI)).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/new").with(OFFICER)).andExpect(status().isOk());
	}

	@Test
	void theUnitAsksForLeaveOnTheMeetingPageAndTheLeaderSeesItWaiting() throws Exception {
		Meeting meeting = schedule(LocalDateTime.of(2026, 10, 22, 9, 0), List.of("ZJJ", "SCJ"), List.of());
		mvc.perform(get("/meetings/{id}", meeting.getId()).with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"leave-form\"")))
			.andExpect(content().string(not(containsString("data-testid=\"check-in-save\""))));
		mvc.perform(post("/meetings/{id}/leave-requests", meeting.getId()).with(ZJJ).with(csrf())
			.param("cadreNo", "C010").param("reason", "").param("substituteName", "吴芳"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写事由")))
			.andExpect(content().string(containsString("请填写代会人员职务")))
			.andExpect(content().string(containsString("value=\"吴芳\"")));
		mvc.perform(post("/meetings/{id}/leave-requests", meeting.getId()).with(ZJJ).with(csrf())
			.param("cadreNo", "C010").param("reason", "赴省厅汇报").param("substituteCadreNo", "C011"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/meetings/{id}", meeting.getId()).with(ZJJ))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("data-testid=\"leave-form\""))))
			.andExpect(content().string(containsString("data-leave=\"PENDING\"")));
		mvc.perform(get("/meetings").with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"pending-leave\"")))
			.andExpect(content().string(containsString("赴省厅汇报")));
		mvc.perform(get("/meetings/{id}", meeting.getId()).with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"approve-")));
	}

	@Test
	void theOfficeChecksInOnTheGridClosesAndGetsTheNoticeAsPageAndDocx() throws Exception {
		Meeting meeting = schedule(LocalDateTime.of(2026, 10, 23, 9, 0), List.of("ZJJ", "SCJ", "JYJ"), List.of());
		LeaveRequest leave = as("zjj", () -> meetings.requestLeave(id(meeting),
				new NewLeaveRequest("C010", "参加省厅会议", "C011", null, null)));
		as("sunli", () -> meetings.approveLeave(id(leave)));
		clock.set(LocalDateTime.of(2026, 10, 23, 9, 15));

		mvc.perform(get("/meetings/{id}", meeting.getId()).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"mark-C010-SUBSTITUTE\"")))
			.andExpect(content().string(containsString("data-testid=\"close-check-in\"")));
		mvc.perform(post("/meetings/{id}/check-in", meeting.getId()).with(OFFICER).with(csrf())
			.param("mark.C010", "SUBSTITUTE").param("mark.C020", "LATE").param("mark.C040", ""))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/meetings/{id}/close", meeting.getId()).with(OFFICER).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/meetings/{id}/notice", meeting.getId()).with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("关于《" + meeting.getTitle() + "》参会情况的通报")))
			.andExpect(content().string(containsString("缺席：演示区教育局杨帆（局长）。")))
			.andExpect(content().string(containsString("迟到：演示区市场监督管理局钱进（局长）。")))
			.andExpect(content().string(containsString("经批准委托他人参会：演示区住房和城乡建设局周强（局长），由吴芳（副局长）代为参会。")));

		byte[] docx = mvc.perform(get("/meetings/{id}/notice.docx", meeting.getId()).with(OFFICER))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains("关于《" + meeting.getTitle() + "》参会情况的通报",
					"应参会3人，出席0人，迟到1人，经批准委托他人参会1人，请假0人，缺席1人",
					"缺席：演示区教育局杨帆（局长）。", "迟到：演示区市场监督管理局钱进（局长）。",
					"由吴芳（副局长）代为参会");
			assertThat(doc.getParagraphs().getFirst().getRuns().getFirst().getFontFamily()).isEqualTo("方正小标宋简体");
		}
	}

	@Test
	void theMonthNoticeListsTheMeetingsHeldThatMonth() throws Exception {
		Meeting meeting = schedule(LocalDateTime.of(2026, 12, 1, 9, 0), List.of("DXJD"), List.of());
		clock.set(LocalDateTime.of(2026, 12, 1, 11, 0));
		as("officer", () -> meetings.close(id(meeting)));

		mvc.perform(get("/meetings/notice").param("month", "2026-12").with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026年12月区级会议参会情况通报")))
			.andExpect(content().string(containsString(meeting.getTitle())))
			.andExpect(content().string(containsString("缺席：东兴街道办事处冯涛（党工委书记）。")));
		byte[] docx = mvc.perform(get("/meetings/notice.docx").param("month", "2026-12").with(OFFICER))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
			assertThat(extractor.getText()).contains("2026年12月区级会议参会情况通报", meeting.getTitle(), "冯涛");
		}
		mvc.perform(get("/meetings/notice.xlsx").param("month", "2026-12").with(OFFICER)).andExpect(status().isOk());
		mvc.perform(get("/meetings/notice").param("month", "2026-12").with(ZJJ)).andExpect(status().isForbidden());
		mvc.perform(get("/meetings/notice").param("month", "December").with(OFFICER)).andExpect(status().isBadRequest());
	}

	@Test
	void theHomePageShowsTheLeaderTheLeaveWaitingAndTheOfficeTheScheduledMeetings() throws Exception {
		mvc.perform(get("/").with(SUNLI))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待我审批的请假")));
		mvc.perform(get("/").with(user("huanghai").roles("LEADER")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("待我审批的请假"))));
		mvc.perform(get("/").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("待召开的会议")));
	}

	@Test
	void theListShowsTheDemoMeetingsAndExportsThem() throws Exception {
		mvc.perform(get("/meetings").with(OFFICER))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("全区作风建设推进会")));
		mvc.perform(get("/meetings").param("format", "xlsx").with(OFFICER)).andExpect(status().isOk());
	}
}
