package org.ducha.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.ducha.access.Role;
import org.ducha.access.UserAccount;
import org.ducha.access.UserAccounts;
import org.ducha.calendar.TrafficLight;
import org.ducha.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The daily sweep with a fixed clock: automatic urging on the due date and each later working day,
 * escalation and the OVERDUE flag at 5 working days overdue (across the 2026 Mid-Autumn and National
 * Day holidays and weekends), and idempotency.
 */
@RecordApplicationEvents
class AssignmentSweepIntegrationTests extends AssignmentIntegrationSupport {

	@Autowired
	AssignmentSweep sweep;

	@Autowired
	AssignmentDeadlines deadlines;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	ApplicationEvents events;

	@Autowired
	UserAccounts users;

	@Autowired
	DataSource dataSource;

	long urges(String id, LocalDate day) {
		return jdbc.sql("SELECT COUNT(*) FROM assignment_urge WHERE assignment_id = :id AND urge_day = :d")
			.param("id", id).param("d", day).query(Long.class).single();
	}

	long notices(String recipient, String kind, String dedupeKey) {
		return jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = :r AND kind = :k AND dedupe_key = :d")
			.param("r", recipient).param("k", kind).param("d", dedupeKey).query(Long.class).single();
	}

	/** Every OVERDUE flag of a day, read in pages of 7 as a listener of AssignmentsFlagged would. */
	List<AssignmentFlagged> flaggedOn(LocalDate day) {
		List<AssignmentFlagged> all = new ArrayList<>();
		List<AssignmentFlagged> page;
		do {
			page = assignments.flagsOn(day, FlagReason.OVERDUE, all.isEmpty() ? null : all.getLast().assignmentId(), 7);
			all.addAll(page);
		}
		while (page.size() == 7);
		return all;
	}

	@Test
	void urgesAutomaticallyOnTheDueDateAndEachLaterWorkingDay() {
		// due Fri 2026-09-18
		AssignmentView a = issue("ZJJ", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 18));

		clock.setDate(LocalDate.of(2026, 9, 17));
		sweep.sweep();
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 17))).isZero();
		for (LocalDate day = LocalDate.of(2026, 9, 18); !day.isAfter(LocalDate.of(2026, 9, 21)); day = day.plusDays(1)) {
			clock.setDate(day);
			sweep.sweep();
		}
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 18))).isEqualTo(1);
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 19))).as("Saturday").isZero();
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 20))).as("make-up working Sunday").isEqualTo(1);
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 21))).isEqualTo(1);
		assertThat(notices("zjj", "ASSIGNMENT_URGED", "assignment-urge:2026-09-18")).isEqualTo(1);
		assertThat(notices("zjj-liaison", "ASSIGNMENT_URGED", "assignment-urge:2026-09-18")).isEqualTo(1);
	}

	@Test
	void urgesOnADueDateThatFallsOnAHolidayButNotOnLaterHolidays() {
		AssignmentView a = issue("SCJ", LocalDate.of(2026, 9, 22), LocalDate.of(2026, 10, 1));

		clock.setDate(LocalDate.of(2026, 10, 1));
		sweep.sweep();
		clock.setDate(LocalDate.of(2026, 10, 2));
		sweep.sweep();

		assertThat(urges(a.id(), LocalDate.of(2026, 10, 1))).isEqualTo(1);
		assertThat(urges(a.id(), LocalDate.of(2026, 10, 2))).isZero();
	}

	@Test
	void sweepingTwiceTheSameDaySendsNothingTwice() {
		AssignmentView a = issue("ZJJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 4));
		clock.setDate(LocalDate.of(2026, 9, 15));

		AssignmentSweep.Outcome first = sweep.sweep();
		AssignmentSweep.Outcome second = sweep.sweep();

		assertThat(first.urged()).isPositive();
		assertThat(second.urged()).isZero();
		assertThat(second.flagged()).isZero();
		assertThat(second.notified()).isZero();
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 15))).isEqualTo(1);
		assertThat(notices("zjj", "ASSIGNMENT_URGED", "assignment-urge:2026-09-15")).isEqualTo(1);
		assertThat(events.stream(AssignmentsFlagged.class)).singleElement()
			.satisfies(e -> assertThat(e.flaggedOn()).isEqualTo(LocalDate.of(2026, 9, 15)));
		assertThat(flaggedOn(LocalDate.of(2026, 9, 15))).extracting(AssignmentFlagged::assignmentId).contains(a.id());
	}

	@Test
	void flagsAssignmentFiveWorkingDaysOverdueAndEscalatesToTheOffice() {
		// due Fri 2026-09-18: 9/20 (make-up), 9/21, 9/22, 9/23 → 4 on Wed 9/23; 9/24 is the 5th.
		AssignmentView a = issue("JYJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 18));

		clock.setDate(LocalDate.of(2026, 9, 23));
		sweep.sweep();
		assertThat(assignments.find(a.id()).orElseThrow().overdueWorkingDays()).isEqualTo(4);
		assertThat(assignments.find(a.id()).orElseThrow().flaggedForAccountability()).isFalse();

		clock.setDate(LocalDate.of(2026, 9, 24));
		sweep.sweep();
		AssignmentView flagged = assignments.find(a.id()).orElseThrow();
		assertThat(flagged.overdueWorkingDays()).isEqualTo(5);
		assertThat(flagged.flaggedForAccountability()).isTrue();
		assertThat(assignments.flagsOf(a.id())).containsExactly(FlagReason.OVERDUE);
		assertThat(events.stream(AssignmentsFlagged.class).filter(e -> e.flaggedOn().equals(LocalDate.of(2026, 9, 24))))
			.singleElement().satisfies(e -> {
			assertThat(e.reason()).isEqualTo(FlagReason.OVERDUE);
			assertThat(e.flaggedOn()).isEqualTo(LocalDate.of(2026, 9, 24));
			assertThat(e.count()).isPositive();
		});
		assertThat(flaggedOn(LocalDate.of(2026, 9, 24))).filteredOn(f -> f.assignmentId().equals(a.id()))
			.singleElement()
			.satisfies(f -> {
				assertThat(f.reason()).isEqualTo(FlagReason.OVERDUE);
				assertThat(f.unitCode()).isEqualTo("JYJ");
				assertThat(f.kind()).isEqualTo(a.kind());
			});
		assertThat(notices("officer", "ASSIGNMENT_ESCALATED", "assignment-escalation:2026-09-24")).isEqualTo(1);
		assertThat(notices("director", "ASSIGNMENT_ESCALATED", "assignment-escalation:2026-09-24")).isEqualTo(1);
		long steps = jdbc.sql("SELECT COUNT(*) FROM assignment_step WHERE assignment_id = :id AND action IN ('ESCALATED', 'FLAGGED_OVERDUE')")
			.param("id", a.id()).query(Long.class).single();
		assertThat(steps).isEqualTo(2);

		clock.setDate(LocalDate.of(2026, 9, 28));
		sweep.sweep();
		assertThat(flaggedOn(LocalDate.of(2026, 9, 28))).extracting(AssignmentFlagged::assignmentId).doesNotContain(a.id());
		assertThat(assignments.flagsOf(a.id())).containsExactly(FlagReason.OVERDUE);
		assertThat(events.stream(AssignmentFlagged.class)).isEmpty();
	}

	@Test
	@WithMockUser(username = "admin", roles = "SYSTEM_ADMIN")
	void escalatesOnceToEachSupervisingDistrictLeaderOfTheUnitsConcerned() {
		// C004 supervises ZJJ and SCJ, C005 JYJ (DEMO.md); a disabled account of C004 gets nothing.
		UserAccount sunLi = users.create(new UserAccounts.NewAccount("sweep-c004", "孙丽", "C004", null, "Sweep#Pass1"));
		users.grant(sunLi.getId(), Role.LEADER);
		UserAccount huangHai = users.create(new UserAccounts.NewAccount("sweep-c005", "黄海", "C005", null, "Sweep#Pass1"));
		users.grant(huangHai.getId(), Role.LEADER);
		UserAccount disabled = users.create(new UserAccounts.NewAccount("sweep-c004-off", "孙丽", "C004", null, "Sweep#Pass1"));
		users.grant(disabled.getId(), Role.LEADER);
		users.disable(disabled.getId());
		// due Fri 2026-08-14: 8/17 … 8/21 are the 5 working days overdue.
		issue("ZJJ", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14));
		issue("SCJ", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14));
		issue("JYJ", LocalDate.of(2026, 8, 3), LocalDate.of(2026, 8, 14));

		clock.setDate(LocalDate.of(2026, 8, 21));
		AssignmentSweep.Outcome outcome = sweep.sweep();

		assertThat(outcome.flagged()).isGreaterThanOrEqualTo(3);
		assertThat(notices("sweep-c004", "ASSIGNMENT_ESCALATED", "assignment-escalation:2026-08-21")).isEqualTo(1);
		assertThat(notices("sweep-c005", "ASSIGNMENT_ESCALATED", "assignment-escalation:2026-08-21")).isEqualTo(1);
		assertThat(notices("sweep-c004-off", "ASSIGNMENT_ESCALATED", "assignment-escalation:2026-08-21")).isZero();
		assertThat(notices("zjj", "ASSIGNMENT_URGED", "assignment-urge:2026-08-21")).isEqualTo(1);
		assertThat(notices("scj", "ASSIGNMENT_URGED", "assignment-urge:2026-08-21")).isEqualTo(1);
	}

	@Test
	void aRunThatFlagsManyItemsRefreshesTheFlagStatisticsOnPostgresql() throws Exception {
		// 1,000 open items of a unit outside the org tree (no recipients), due Mon 2026-06-01, inserted as
		// rows: 5 working days overdue on Mon 2026-06-08, swept on 2026-06-12.
		int count = AssignmentSweep.ANALYZE_AFTER_FLAGS;
		String unit = "SWEEP-BULK";
		insertOverdue(unit, count, LocalDate.of(2026, 6, 1));
		try {
			clock.setDate(LocalDate.of(2026, 6, 12));
			AssignmentSweep.Outcome outcome = sweep.sweep();

			assertThat(outcome.flagged()).isGreaterThanOrEqualTo(count);
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM assignment_flag f JOIN assignment a ON a.id = f.assignment_id
					WHERE a.unit_code = :unit AND f.reason = 'OVERDUE'""").param("unit", unit).query(Long.class).single())
				.isEqualTo(count);
			if ("PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName))) {
				// the planner's row count of assignment_flag comes from the ANALYZE the run issued, not from autovacuum
				double planned = jdbc.sql("SELECT reltuples FROM pg_class WHERE oid = to_regclass('assignment_flag')")
					.query(Double.class)
					.single();
				assertThat(planned).isGreaterThanOrEqualTo(count);
			}
		}
		finally {
			removeOverdue(unit);
		}
	}

	@Test
	void aRunThatFlagsThousandsOfItemsPublishesOneEventAndEveryItemBecomesACandidate() {
		// 6,000 items (six pages of the accountability listener) due Mon 2026-03-02, swept on Fri 2026-03-13: one
		// event for the run, never one per flag, and every item an OPEN candidate, with one audit event for the run.
		int count = 6_000;
		String unit = "SWEEP-MANY";
		LocalDate day = LocalDate.of(2026, 3, 13);
		insertOverdue(unit, count, LocalDate.of(2026, 3, 2));
		try {
			clock.setDate(day);
			AssignmentSweep.Outcome outcome = sweep.sweep();

			assertThat(outcome.flagged()).isGreaterThanOrEqualTo(count);
			assertThat(events.stream(AssignmentFlagged.class)).isEmpty();
			assertThat(events.stream(AssignmentsFlagged.class)).singleElement().satisfies(e -> {
				assertThat(e.flaggedOn()).isEqualTo(day);
				assertThat(e.reason()).isEqualTo(FlagReason.OVERDUE);
				assertThat(e.count()).isEqualTo(outcome.flagged());
			});
			awaitCandidates(unit, count);
			assertThat(jdbc.sql("""
					SELECT COUNT(*) FROM accountability_candidate
					WHERE unit_code = :unit AND reason = 'OVERDUE' AND status = 'OPEN' AND flagged_on = :day AND assignment_kind = 'TASK'""")
				.param("unit", unit).param("day", day).query(Long.class).single()).isEqualTo(count);
			assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_CANDIDATES_RECORDED' AND object_id = :day")
				.param("day", day.toString()).query(Long.class).single()).isEqualTo(1);

			AssignmentSweep.Outcome again = sweep.sweep();
			assertThat(again.flagged()).isZero();
			assertThat(events.stream(AssignmentsFlagged.class)).hasSize(1);
		}
		finally {
			removeOverdue(unit);
		}
	}

	/** {@code count} open items of a unit outside the org tree (no recipients), inserted as rows. */
	private void insertOverdue(String unit, int count, LocalDate dueOn) {
		LocalDate issuedOn = dueOn.minusDays(12);
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { UUID.randomUUID().toString(), "TASK", unit + "-" + i, unit, "IN_PROGRESS", "officer",
					issuedOn, dueOn, dueOn, issuedOn.plusDays(1), issuedOn,
					OffsetDateTime.of(issuedOn.atStartOfDay(), ZoneOffset.UTC) });
		}
		new JdbcTemplate(dataSource).batchUpdate("""
				INSERT INTO assignment (id, kind, source_id, unit_code, status, issued_by, issued_on, original_due_on, due_on,
				  sign_due_on, signed_on, signed_late, percent, returned_count, flagged, created_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 50, 0, FALSE, ?, 0)""", rows);
	}

	/** Waits for the accountability listener's candidates of the unit (it runs after the sweep's commit). */
	private void awaitCandidates(String unit, long count) {
		long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
		while (jdbc.sql("SELECT COUNT(*) FROM accountability_candidate WHERE unit_code = :unit").param("unit", unit)
			.query(Long.class).single() < count) {
			if (System.nanoTime() > until) {
				throw new AssertionError("the candidates of " + unit + " were not recorded within 60 s");
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
	}

	private void removeOverdue(String unit) {
		// the listener's transaction may still be running: wait for it before removing what it reads
		awaitCandidates(unit, jdbc.sql("""
				SELECT COUNT(*) FROM assignment_flag f JOIN assignment a ON a.id = f.assignment_id WHERE a.unit_code = :unit""")
			.param("unit", unit).query(Long.class).single());
		jdbc.sql("DELETE FROM accountability_candidate WHERE unit_code = :unit").param("unit", unit).update();
		for (String table : List.of("assignment_flag", "assignment_urge", "assignment_step")) {
			jdbc.sql("DELETE FROM " + table + " WHERE assignment_id IN (SELECT id FROM assignment WHERE unit_code = :unit)")
				.param("unit", unit)
				.update();
		}
		jdbc.sql("DELETE FROM assignment WHERE unit_code = :unit").param("unit", unit).update();
	}

	@Test
	void reachesFiveWorkingDaysOverdueOnlyAfterTheNationalDayHoliday() {
		// due Wed 2026-09-30; 10/1–10/7 off, 10/10 (Sat) a make-up working day: 10/8, 10/9, 10/10, 10/12, 10/13.
		AssignmentView a = issue("SCJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));

		clock.setDate(LocalDate.of(2026, 10, 12));
		sweep.sweep();
		assertThat(assignments.find(a.id()).orElseThrow().flaggedForAccountability()).isFalse();
		assertThat(assignments.find(a.id()).orElseThrow().overdueWorkingDays()).isEqualTo(4);
		clock.setDate(LocalDate.of(2026, 10, 13));
		sweep.sweep();
		assertThat(assignments.find(a.id()).orElseThrow().flaggedForAccountability()).isTrue();
	}

	@Test
	@WithMockUser(username = "zjj", roles = "UNIT_PRINCIPAL")
	void aClosedAssignmentShowsNoLightAndIsNeitherUrgedNorFlagged() {
		AssignmentView a = issue("ZJJ", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 4));
		closeAs(a.id());
		clock.setDate(LocalDate.of(2026, 9, 30));

		sweep.sweep();

		AssignmentView closed = assignments.find(a.id()).orElseThrow();
		assertThat(closed.light()).isNull();
		assertThat(closed.overdueWorkingDays()).isZero();
		assertThat(closed.flaggedForAccountability()).isFalse();
		assertThat(urges(a.id(), LocalDate.of(2026, 9, 30))).isZero();
	}

	@Test
	void theSqlCutOffsAgreeWithTheCalendarsLightsAndDaysOverdueEveryDayOf2026() {
		for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() == 2026; today = today.plusDays(1)) {
			LocalDate cutOff = deadlines.escalationCutOff(today);
			LocalDate greenFrom = deadlines.greenFrom(today);
			for (LocalDate due = today.minusDays(20); due.isBefore(today.plusDays(20)); due = due.plusDays(1)) {
				boolean fiveOverdue = calendar.overdueWorkingDays(due, today) >= 5;
				assertThat(due.isBefore(cutOff)).as("cut-off on %s for due %s", today, due).isEqualTo(fiveOverdue);
				TrafficLight light = calendar.trafficLight(due, today);
				TrafficLight bySql = due.isBefore(today) ? TrafficLight.RED
						: due.isBefore(greenFrom) ? TrafficLight.YELLOW : TrafficLight.GREEN;
				assertThat(bySql).as("light on %s for due %s", today, due).isEqualTo(light);
			}
		}
	}

	@Test
	void theScheduledSweepTakesTheClusterWideLockAndASecondRunWhileItIsHeldDoesNothing() {
		// A lock left by an earlier run against the same database would make the first run a no-op too.
		jdbc.sql("DELETE FROM shedlock WHERE name = 'assignment-sweep'").update();
		clock.setDate(LocalDate.of(2026, 9, 15));
		AssignmentView first = issue("ZJJ", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 15));

		sweep.scheduled();
		assertThat(urges(first.id(), LocalDate.of(2026, 9, 15))).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM shedlock WHERE name = 'assignment-sweep' AND lock_until > locked_at")
			.query(Long.class).single()).isEqualTo(1);

		// Held for at least a minute after the run (lockAtLeastFor): another node's run in that time is skipped.
		AssignmentView second = issue("SCJ", LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 15));
		sweep.scheduled();
		assertThat(urges(second.id(), LocalDate.of(2026, 9, 15))).isZero();

		// The sweep itself, without the scheduler's lock, would have urged it.
		sweep.sweep();
		assertThat(urges(second.id(), LocalDate.of(2026, 9, 15))).isEqualTo(1);
		jdbc.sql("DELETE FROM shedlock WHERE name = 'assignment-sweep'").update();
	}

	private void closeAs(String id) {
		org.springframework.security.core.context.SecurityContext context = org.springframework.security.core.context.SecurityContextHolder
			.getContext();
		var unit = context.getAuthentication();
		try {
			assignments.sign(id);
			assignments.reportProgress(id, "完成", 100, java.util.Map.of());
			assignments.submit(id, "完成", java.util.List.of(upload("zjj")));
			context.setAuthentication(new org.springframework.security.authentication.TestingAuthenticationToken(
					"officer", "x", "ROLE_OFFICER"));
			assignments.close(id);
		}
		finally {
			context.setAuthentication(unit);
		}
	}
}
