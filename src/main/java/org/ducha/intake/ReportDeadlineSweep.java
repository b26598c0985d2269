package org.ducha.intake;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.ducha.access.AccessControl;
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
 * that it is due soon; every report past its due date, that it is overdue. Recipients are filtered
 * by {@link ReportVisibilityPolicy}, notices carry only a link, and each notice's dedupe key names
 * the report, the kind and the due date, so the sweep may run any number of times. It runs once a
 * day across all nodes (ShedLock on the {@code shedlock} table).
 */
@Component
class ReportDeadlineSweep {

	private static final Logger log = LoggerFactory.getLogger(ReportDeadlineSweep.class);

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

	/** Notifies due-soon and overdue reports as of today; returns the number of users newly notified. */
	@Transactional
	int sweep() {
		LocalDate today = deadlines.today();
		LocalDate greenFrom = deadlines.greenFrom(today);
		Specification<Report> dueSoonOrOverdue = (root, query, cb) -> cb.lessThan(root.get("clockDueOn"), greenFrom);
		int notified = 0;
		for (Report report : reports.findAll(dueSoonOrOverdue)) {
			LocalDate due = report.runningDue();
			boolean overdue = due.isBefore(today);
			NotificationKind kind = overdue ? NotificationKind.REPORT_OVERDUE : NotificationKind.REPORT_DUE_SOON;
			String dedupeKey = "report:" + report.getId() + (overdue ? ":overdue:" : ":due-soon:") + due;
			List<String> recipients = recipients(report);
			if (!recipients.isEmpty()) {
				notified += notifications.notify(recipients, kind, Reports.link(report), dedupeKey);
			}
		}
		return notified;
	}

	private List<String> recipients(Report report) {
		Optional<String> handler = report.currentHandler()
			.flatMap(access::findUser)
			.filter(h -> ReportVisibilityPolicy.maySee(viewers.of(h), report))
			.map(h -> h.username());
		return handler.map(List::of).orElseGet(() -> reportService.officeRecipients(report, Reports.HANDLERS));
	}
}
