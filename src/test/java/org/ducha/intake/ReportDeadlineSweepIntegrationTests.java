package org.ducha.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
	void theScheduledSweepTakesTheClusterWideLock() {
		sweep.scheduled();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'intake-report-deadlines'").query(Long.class)
			.single()).isEqualTo(1);
	}
}
