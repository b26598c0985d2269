package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReportDeadlineSweepIntegrationTests extends IntakeIntegrationSupport {

	@Autowired
	ReportDeadlineSweep sweep;

	List<Map<String, Object>> notices(String dedupeKey) {
		return jdbc.sql("SELECT recipient, kind, link FROM notification WHERE dedupe_key = :k").param("k", dedupeKey)
			.query().listOfRows();
	}

	@Test
	void aReportDueWithinThreeWorkingDaysIsAnnouncedToTheOfficeOnceAndWithoutContent() throws Exception {
		String id = registerId(namedReport());
		clock.setDate(LocalDate.of(2026, 10, 13));
		sweep.sweep();
		sweep.sweep();
		List<Map<String, Object>> rows = notices("report:" + id + ":due-soon:2026-10-15");
		assertThat(rows).extracting(r -> r.get("recipient")).containsExactlyInAnyOrder("officer", "director");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("kind")).isEqualTo("REPORT_DUE_SOON");
			assertThat(r.get("link")).isEqualTo("/reports/" + id);
		});
	}

	@Test
	void anOverdueReportIsAnnouncedAsOverdue() throws Exception {
		String id = registerId(namedReport());
		clock.setDate(LocalDate.of(2026, 10, 16));
		sweep.sweep();
		assertThat(notices("report:" + id + ":overdue:2026-10-15")).extracting(r -> r.get("kind"))
			.containsOnly("REPORT_OVERDUE").isNotEmpty();
	}

	@Test
	void aGreenReportIsNotAnnounced() throws Exception {
		String id = registerId(namedReport());
		sweep.sweep();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE dedupe_key LIKE :k").param("k", "report:" + id + ":%due%")
			.query(Long.class).single()).isZero();
	}

	@Test
	void theAccusedOfficerIsNeverNotified() throws Exception {
		String id = registerId(namedReport("VISIT", "2026-09-18", ReportApiIntegrationTests.ACCUSED_OFFICER, "[]"));
		clock.setDate(LocalDate.of(2026, 10, 16));
		sweep.sweep();
		assertThat(notices("report:" + id + ":overdue:2026-10-15")).extracting(r -> r.get("recipient"))
			.containsExactly("director");
		assertThat(notices("report:" + id + ":new")).extracting(r -> r.get("recipient")).containsExactly("director");
	}

	@Test
	void onceADisposalIsApprovedOnlyItsHandlerIsNotified() throws Exception {
		String id = registerId(namedReport().replace("\"anonymous\":false", "\"anonymous\":true"));
		ok(id, "accept", "{}", OFFICER);
		ok(id, "disposal", "{\"method\":\"HOLD\",\"handlerUsername\":\"officer\",\"reason\":\"暂存\",\"reviewOn\":\"2026-09-30\"}",
				OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		clock.setDate(LocalDate.of(2026, 9, 29));
		sweep.sweep();
		assertThat(notices("report:" + id + ":due-soon:2026-09-30")).extracting(r -> r.get("recipient"))
			.containsExactly("officer");
	}

	@Test
	void anOverdueReportIsUrgedOnEachLaterWorkingDayWhileItStaysOverdue() throws Exception {
		String id = registerId(namedReport());
		String first = "report:" + id + ":overdue:2026-10-15";
		clock.setDate(LocalDate.of(2026, 10, 16));
		sweep.sweep();
		clock.setDate(LocalDate.of(2026, 10, 17)); // Saturday: no working day has passed since the first notice
		sweep.sweep();
		clock.setDate(LocalDate.of(2026, 10, 19));
		sweep.sweep();
		clock.setDate(LocalDate.of(2026, 10, 20));
		sweep.sweep();
		clock.setDate(LocalDate.of(2026, 10, 24)); // Saturday: no urging on a day off
		sweep.sweep();
		assertThat(jdbc.sql("SELECT dedupe_key FROM notification WHERE recipient = 'officer' AND dedupe_key LIKE :k")
			.param("k", first + "%").query(String.class).list())
			.containsExactlyInAnyOrder(first, first + ":2026-10-19", first + ":2026-10-20");
	}

	@Test
	void aReportEscalatesAtExactlyFiveWorkingDaysOverdueAndNotAtFour() throws Exception {
		String id = registerId(namedReport());
		String escalated = "report:" + id + ":escalated:2026-10-15";
		clock.setDate(LocalDate.of(2026, 10, 21));
		sweep.sweep();
		assertThat(notices(escalated)).isEmpty();
		clock.setDate(LocalDate.of(2026, 10, 22));
		sweep.sweep();
		List<Map<String, Object>> rows = notices(escalated);
		assertThat(rows).extracting(r -> r.get("recipient"))
			.containsExactlyInAnyOrder("director", "leader", "sunli", "huanghai");
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("kind")).isEqualTo("REPORT_ESCALATED");
			assertThat(r.get("link")).isEqualTo("/reports/" + id);
		});
	}

	@Test
	void anEscalationNeverReachesAnAccusedLeaderNorTheUsersOfAnAccusedUnit() throws Exception {
		String id = registerId(namedReport("VISIT", "2026-09-18",
				"[{\"name\":\"王建国\",\"unitName\":\"中共演示区委员会\",\"position\":\"区委书记\"}]",
				"[\"演示区人民政府\"]"));
		clock.setDate(LocalDate.of(2026, 10, 22)); // the accused leader is 处级: the 5-day transfer clock (due 2026-09-24) runs
		sweep.sweep();
		assertThat(notices("report:" + id + ":escalated:2026-09-24")).extracting(r -> r.get("recipient"))
			.containsExactly("director");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE dedupe_key LIKE :k AND recipient IN ('leader', 'sunli', 'huanghai')")
			.param("k", "report:" + id + ":%").query(Long.class).single()).isZero();
	}

	@Test
	void aSweepRunTwiceSendsNothingTwice() throws Exception {
		String id = registerId(namedReport());
		clock.setDate(LocalDate.of(2026, 10, 22));
		int first = sweep.sweep();
		int second = sweep.sweep();
		assertThat(first).isPositive();
		assertThat(second).isZero();
		assertThat(jdbc.sql("SELECT dedupe_key, COUNT(*) AS n FROM notification WHERE dedupe_key LIKE :k GROUP BY recipient, dedupe_key")
			.param("k", "report:" + id + ":%").query().listOfRows()).allSatisfy(r -> assertThat(((Number) r.get("n")).longValue()).isEqualTo(1));
		assertThat(notices("report:" + id + ":escalated:2026-10-15")).hasSize(4);
		assertThat(notices("report:" + id + ":overdue:2026-10-15:2026-10-22")).hasSize(2);
	}

	@Test
	void anApprovedVerificationPastItsDueDateTurnsRedAndIsAnnouncedOverdue() throws Exception {
		String id = acceptedAndTold();
		ok(id, "disposal", "{\"method\":\"VERIFICATION\",\"handlerUsername\":\"officer\",\"reason\":\"核实\"}", OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		turnsRedAfterAndIsAnnouncedOverdue(id, LocalDate.parse(field(id, "$.disposal.dueOn")));
	}

	@Test
	void anUnansweredInquiryPastItsReplyDueDateTurnsRedAndIsAnnouncedOverdue() throws Exception {
		String id = acceptedAndTold();
		ok(id, "disposal", "{\"method\":\"INQUIRY\",\"handlerUsername\":\"officer\",\"reason\":\"函询\"}", OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		ok(id, "disposal/letter-sent", "{\"date\":\"2026-09-18\"}", OFFICER);
		clock.setDate(LocalDate.of(2026, 9, 22));
		ok(id, "disposal/letter-received", "{\"date\":\"2026-09-21\"}", OFFICER);
		turnsRedAfterAndIsAnnouncedOverdue(id, LocalDate.of(2026, 10, 19));
	}

	@Test
	void aConcludedNamedReportNotAnsweredByItsAnswerDueDateTurnsRedAndIsAnnouncedOverdue() throws Exception {
		String id = acceptedAndTold();
		ok(id, "disposal", "{\"method\":\"CLOSE\",\"handlerUsername\":\"officer\",\"reason\":\"了结\"}", OFFICER);
		ok(id, "disposal/approve", "{}", DIRECTOR);
		ok(id, "conclude", "{\"finding\":\"UNVERIFIABLE\",\"summary\":\"无法查实\"}", OFFICER);
		assertThat(field(id, "$.answerDueOn")).isEqualTo("2026-10-15");
		turnsRedAfterAndIsAnnouncedOverdue(id, LocalDate.of(2026, 10, 15));
	}

	/** A named report, accepted and its acceptance told, so that only the disposal's clock runs. */
	private String acceptedAndTold() throws Exception {
		String id = registerId(namedReport());
		ok(id, "accept", "{}", OFFICER);
		ok(id, "acceptance-notice", "{\"date\":\"2026-09-18\"}", OFFICER);
		return id;
	}

	private String field(String id, String path) throws Exception {
		return JsonPath.read(read(id, OFFICER).andReturn().getResponse().getContentAsString(), path);
	}

	/** YELLOW on the due date; RED the day after, in the report, in the list's RED filter, and in a REPORT_OVERDUE notice. */
	private void turnsRedAfterAndIsAnnouncedOverdue(String id, LocalDate due) throws Exception {
		String trackingNumber = field(id, "$.trackingNumber");
		clock.setDate(due);
		read(id, OFFICER).andExpect(jsonPath("$.dueOn").value(due.toString())).andExpect(jsonPath("$.light").value("YELLOW"));
		sweep.sweep();
		assertThat(notices("report:" + id + ":overdue:" + due)).isEmpty();
		clock.setDate(due.plusDays(1));
		read(id, OFFICER).andExpect(jsonPath("$.light").value("RED"));
		mvc.perform(get("/api/v1/reports").param("trackingNumber", trackingNumber).param("light", "RED").with(OFFICER))
			.andExpect(jsonPath("$.items[*].id").value(contains(id)))
			.andExpect(jsonPath("$.items[0].light").value("RED"));
		sweep.sweep();
		assertThat(notices("report:" + id + ":overdue:" + due)).singleElement().satisfies(r -> {
			assertThat(r.get("recipient")).isEqualTo("officer");
			assertThat(r.get("kind")).isEqualTo("REPORT_OVERDUE");
		});
	}

	@Test
	void theScheduledSweepTakesTheClusterWideLock() {
		sweep.scheduled();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'intake-report-deadlines'").query(Long.class)
			.single()).isEqualTo(1);
	}
}
