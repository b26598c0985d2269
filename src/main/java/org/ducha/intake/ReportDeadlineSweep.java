package org.ducha.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ducha.access.AccessControl;
import org.ducha.access.Role;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily deadline sweep (SPEC §5, §14): every report whose running clock is due within 3 working
 * days notifies its handler (or, before a disposal is approved, the office's officers and director)
 * that it is due soon; every report past its due date, that it is overdue, and again on each later
 * working day while it stays overdue (as assignments are urged, SPEC §6). A report 5 working days
 * overdue escalates (SPEC §5, §6): one notice to the office director(s) and the district leaders.
 * Every recipient is filtered by {@link ReportVisibilityPolicy} (an accused, or a user of an accused
 * unit, is never notified), notices carry only a link, and each notice's dedupe key names the
 * report, the kind and the due date (and the day, for the daily overdue notices), so the sweep may
 * run any number of times. It runs once a day across all nodes (ShedLock on the {@code shedlock} table).
 * <p>
 * An overdue report is not flagged as an accountability candidate: the candidates of the
 * accountability module are assignments a unit failed to complete, while an overdue report is the
 * office's own delay, which the escalation brings to the director and the leaders.
 */
@Component
class ReportDeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(ReportDeadlineSweep.class);

	/** Who an escalated report reaches besides its handler (SPEC §6): the office's director and the district leaders. */
	static final Set<Role> ESCALATED_TO = EnumSet.of(Role.OFFICE_DIRECTOR, Role.LEADER);

	private final ReportRepository reports;
	private final Reports reportService;
	private final ReportViewers viewers;
	private final ReportDeadlines deadlines;
	private final Notifications notifications;
	private final AccessControl access;

	ReportDeadlineSweep(ReportRepository reports, Reports reportService, ReportViewers viewers,
			ReportDeadlines deadlines, Notifications notifications, AccessControl access) {
		this.reports = reports;
		this.reportService = reportService;
		this.viewers = viewers;
		this.deadlines = deadlines;
		this.notifications = notifications;
		this.access = access;
	}

	@Scheduled(cron = "${ducha.reports.sweep-cron:0 30 7 * * *}", zone = "${ducha.zone:Asia/Shanghai}")
	@SchedulerLock(name = "intake-report-deadlines", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
	@Transactional
	public void scheduled() {
		int notified = sweep();
		log.info("Report deadline sweep: {} notices", notified);
	}

	/** Notifies due-soon, overdue and escalated reports as of today; returns the number of users newly notified. */
	@Transactional
	int sweep() {
		LocalDate today = deadlines.today();
		LocalDate greenFrom = deadlines.greenFrom(today);
		Specification<Report> dueSoonOrOverdue = (root, query, cb) -> cb.lessThan(root.get("clockDueOn"), greenFrom);
		int notified = 0;
		for (Report report : reports.findAll(dueSoonOrOverdue)) {
			LocalDate due = report.runningDue();
			boolean overdue = due.isBefore(today);
			Optional<String> dedupeKey = overdue ? overdueKey(report, due, today)
					: Optional.of("report:" + report.getId() + ":due-soon:" + due);
			NotificationKind kind = overdue ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE_SOON;
			if (dedupeKey.isPresent()) {
				notified += notify(recipients(report), kind, report, dedupeKey.get());
			}
			if (overdue && deadlines.escalatesOn(due, today)) {
				notified += notify(reportService.officeRecipients(report, ESCALATED_TO), NotificationKind.REPORT_ESCALATED,
						report, "report:" + report.getId() + ":escalated:" + due);
			}
		}
		return notified;
	}

	/**
	 * The occasion of an overdue notice: the first one (on the first overdue day, until a working day
	 * has passed), then one on each later working day while the report stays overdue, as assignments
	 * are urged (SPEC §6); none on a later day off.
	 */
	private Optional<String> overdueKey(Report report, LocalDate due, LocalDate today) {
		String first = "report:" + report.getId() + ":overdue:" + due;
		if (deadlines.overdueWorkingDays(due, today) <= 1) {
			return Optional.of(first);
		}
		return deadlines.urgesOverdueOn(today) ? Optional.of(first + ":" + today) : Optional.empty();
	}

	private int notify(List<String> recipients, NotificationKind kind, Report report, String dedupeKey) {
		return recipients.isEmpty() ? 0 : notifications.notify(recipients, kind, Reports.link(report), dedupeKey);
	}

	private List<String> recipients(Report report) {
		Optional<String> handler = report.currentHandler()
			.flatMap(access::findUser)
			.filter(h -> ReportVisibilityPolicy.maySee(viewers.of(h), report))
			.map(h -> h.username());
		return handler.map(List::of).orElseGet(() -> reportService.officeRecipients(report, Reports.HANDLERS));
	}
}
