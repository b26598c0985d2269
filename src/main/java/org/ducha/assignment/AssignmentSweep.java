package org.ducha.assignment;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.ducha.audit.AuditLog;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily sweep of SPEC §6, set-based so that it stays fast with a million open assignments:
 * <ol>
 * <li>automatic urging: one urge record per assignment and day for every open item due today and,
 * on a working day, every open item overdue ({@code INSERT … SELECT}, unique per assignment and day);</li>
 * <li>one notice per recipient and day (the unit's contacts and principals of the units urged), never one per assignment,
 * the recipients of all units resolved in a few look-ups, and none at all when the run urged nothing new;</li>
 * <li>escalation and the accountability flag at 5 working days overdue: the due-date cut-off is
 * computed once from the calendar; the flag rows are inserted once per assignment, the assignments
 * marked, the supervising district leaders (the distinct leaders of the units concerned, looked up
 * once) and the office notified once per day, and one {@link AssignmentsFlagged} published for the run (never one
 * event per flag: a catch-up run flags tens of thousands of items).</li>
 * </ol>
 * The flag insert's {@code NOT EXISTS} is planned from the statistics of {@code assignment_flag}; when a
 * run adds {@link #ANALYZE_AFTER_FLAGS} rows or more (the first run over existing data adds tens of
 * thousands) it refreshes them at once on PostgreSQL ({@code ANALYZE}, inside the transaction), so
 * the next run does not plan against an empty table with a nested loop and a sequential scan of
 * every flag per overdue item while autovacuum has not caught up (docs/PERFORMANCE.md, section B).
 * Lights are never written: they are computed from the due date when read. The sweep runs once a
 * day across nodes (ShedLock) and may run any number of times a day: nothing is sent twice.
 */
@Component
class AssignmentSweep {

	private static final Logger log = LoggerFactory.getLogger(AssignmentSweep.class);

	static final String SYSTEM = "system";

	/** A flag insert that added at least this many rows refreshes the table's planner statistics. */
	static final int ANALYZE_AFTER_FLAGS = 1_000;

	/** What one run did. */
	record Outcome(int urged, int flagged, int notified) {
	}

	private final JdbcClient jdbc;
	private final AssignmentDeadlines deadlines;
	private final Assignments assignments;
	private final Notifications notifications;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final DataSource dataSource;
	private volatile Boolean postgres;

	AssignmentSweep(JdbcClient jdbc, AssignmentDeadlines deadlines, Assignments assignments, Notifications notifications,
			AuditLog audit, ApplicationEventPublisher events, Clock clock, DataSource dataSource) {
		this.jdbc = jdbc;
		this.dataSource = dataSource;
		this.deadlines = deadlines;
		this.assignments = assignments;
		this.notifications = notifications;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Scheduled(cron = "${ducha.assignments.sweep-cron:0 0 8 * * *}", zone = "${ducha.zone:Asia/Shanghai}")
	@SchedulerLock(name = "assignment-sweep", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	@Transactional
	public void scheduled() {
		Outcome outcome = sweep();
		log.info("Assignment sweep: {} urged, {} flagged, {} notices", outcome.urged(), outcome.flagged(),
				outcome.notified());
	}

	@Transactional
	Outcome sweep() {
		LocalDate today = deadlines.today();
		Instant now = Instant.now(clock);
		int urged = urge(today);
		// A run that urged nothing new (e.g. the second one of a day) sends nothing and looks nothing up.
		int notified = urged > 0 ? notifyUrged(today) : 0;
		int flagged = flagOverdue(today, now);
		if (flagged > 0) {
			notified += escalate(today);
			publishFlags(today, flagged);
		}
		if (urged > 0 || flagged > 0) {
			audit.recordAs(SYSTEM, "ASSIGNMENTS_SWEPT", Assignments.AUDIT_TYPE, today.toString(),
					"urged=" + urged + ", flagged=" + flagged);
		}
		return new Outcome(urged, flagged, notified);
	}

	private int urge(LocalDate today) {
		String dueCondition = deadlines.urgesOverdueOn(today) ? "a.due_on <= :today" : "a.due_on = :today";
		return jdbc.sql("""
				INSERT INTO assignment_urge (assignment_id, urge_day)
				SELECT a.id, CAST(:today AS DATE) FROM assignment a
				WHERE a.status <> 'CLOSED' AND %s
				  AND NOT EXISTS (SELECT 1 FROM assignment_urge u WHERE u.assignment_id = a.id AND u.urge_day = :today)"""
			.formatted(dueCondition))
			.param("today", today)
			.update();
	}

	/** One ASSIGNMENT_URGED notice per recipient and day, for every unit urged today. */
	private int notifyUrged(LocalDate today) {
		Map<String, Set<String>> contactsByUnit = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT DISTINCT a.unit_code, a.contact_username FROM assignment_urge u
				JOIN assignment a ON a.id = u.assignment_id WHERE u.urge_day = :today""")
			.param("today", today)
			.query((rs, n) -> {
				contactsByUnit.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
				return null;
			})
			.list();
		Set<String> recipients = assignments.unitRecipients(contactsByUnit);
		if (recipients.isEmpty()) {
			return 0;
		}
		return notifications.notify(recipients, NotificationKind.ASSIGNMENT_URGED, Assignments.TODO_LINK + "?light=RED",
				"assignment-urge:" + today);
	}

	/** Flags every open item at least 5 working days overdue, once, with a timeline step. */
	private int flagOverdue(LocalDate today, Instant now) {
		LocalDate cutOff = deadlines.escalationCutOff(today);
		int flagged = jdbc.sql("""
				INSERT INTO assignment_flag (assignment_id, reason, flagged_on, published)
				SELECT a.id, 'OVERDUE', CAST(:today AS DATE), FALSE FROM assignment a
				WHERE a.status <> 'CLOSED' AND a.due_on < :cutOff
				  AND NOT EXISTS (SELECT 1 FROM assignment_flag f WHERE f.assignment_id = a.id AND f.reason = 'OVERDUE')""")
			.param("today", today)
			.param("cutOff", cutOff)
			.update();
		if (flagged == 0) {
			return 0;
		}
		if (flagged >= ANALYZE_AFTER_FLAGS && isPostgres()) {
			jdbc.sql("ANALYZE assignment_flag").update();
		}
		jdbc.sql("""
				UPDATE assignment SET flagged = TRUE, version = version + 1
				WHERE flagged = FALSE
				  AND EXISTS (SELECT 1 FROM assignment_flag f WHERE f.assignment_id = assignment.id AND f.published = FALSE)""")
			.update();
		for (String action : List.of("ESCALATED", "FLAGGED_OVERDUE")) {
			jdbc.sql("""
					INSERT INTO assignment_step (assignment_id, occurred_at, occurred_on, actor, action, note)
					SELECT f.assignment_id, CAST(:now AS TIMESTAMP WITH TIME ZONE), CAST(:today AS DATE), :actor, :action, CAST(NULL AS VARCHAR(4000)) FROM assignment_flag f
					WHERE f.published = FALSE AND f.reason = 'OVERDUE'""")
				.param("now", now.atOffset(java.time.ZoneOffset.UTC))
				.param("today", today)
				.param("actor", SYSTEM)
				.param("action", action)
				.update();
		}
		return flagged;
	}

	/** One ASSIGNMENT_ESCALATED notice per recipient and day: the office and the supervising district leaders of the units concerned. */
	private int escalate(LocalDate today) {
		List<String> units = jdbc.sql("""
				SELECT DISTINCT a.unit_code FROM assignment_flag f JOIN assignment a ON a.id = f.assignment_id
				WHERE f.published = FALSE AND f.reason = 'OVERDUE'""")
			.query(String.class)
			.list();
		if (units.isEmpty()) {
			return 0;
		}
		Set<String> recipients = new LinkedHashSet<>(assignments.officeRecipients());
		recipients.addAll(assignments.supervisingLeaderRecipients(units));
		return notifications.notify(recipients, NotificationKind.ASSIGNMENT_ESCALATED, "/assignments?light=RED",
				"assignment-escalation:" + today);
	}

	/** Publishes one AssignmentsFlagged for the flags this run inserted (all OVERDUE, all today), then marks them published. */
	private void publishFlags(LocalDate today, int flagged) {
		events.publishEvent(new AssignmentsFlagged(today, FlagReason.OVERDUE, flagged));
		jdbc.sql("UPDATE assignment_flag SET published = TRUE WHERE published = FALSE").update();
	}

	/** Whether the database is PostgreSQL (ANALYZE of a table inside a transaction; H2's own ANALYZE would commit). */
	private boolean isPostgres() {
		Boolean known = postgres;
		if (known == null) {
			try {
				known = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
						DatabaseMetaData::getDatabaseProductName));
			}
			catch (MetaDataAccessException e) {
				known = false;
			}
			postgres = known;
		}
		return known;
	}
}
