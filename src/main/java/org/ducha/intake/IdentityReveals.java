package org.ducha.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import org.ducha.access.AccessControl;
import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reveal requests for a reporter's identity (SPEC §1): a user who may see the report files one with a
 * reason; a SECURITY_ADMIN approves or refuses it; an approval shows the identity to that requester
 * alone for 24 hours. Every request and decision is audited; the admins are notified of requests and
 * the requester of the decision, without any content.
 */
@Service
@Transactional(readOnly = true)
public class IdentityReveals {

	/** A request as the SECURITY_ADMIN sees it: the report's tracking number only, no content. */
	public record Entry(IdentityRequest request, String trackingNumber) {
	}

	private final IdentityRequestRepository requests;
	private final ReportRepository reports;
	private final Reports reportService;
	private final ReportViewers viewers;
	private final AccessControl access;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;
	private final IdentityRequestIdempotency idempotency;

	IdentityReveals(IdentityRequestRepository requests, ReportRepository reports, Reports reportService,
			ReportViewers viewers, AccessControl access, Notifications notifications, AuditLog audit,
			IdentityRequestIdempotency idempotency, Clock clock) {
		this.idempotency = idempotency;
		this.requests = requests;
		this.reports = reports;
		this.reportService = reportService;
		this.viewers = viewers;
		this.access = access;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Files a request for the current user. 409 {@code REPORTER_ANONYMOUS} for an anonymous report,
	 * {@code IDENTITY_ALREADY_VISIBLE} when the user already sees it, {@code IDENTITY_REQUEST_PENDING}
	 * while an earlier request of theirs waits.
	 */
	@Transactional
	public IdentityRequest request(String reportId, String reason) {
		return request(reportId, reason, null);
	}

	/**
	 * {@link #request(String, String)} with an {@code Idempotency-Key}: the same key from the same user
	 * within 24 hours returns the request first filed for this report and files nothing new.
	 */
	@Transactional
	public IdentityRequest request(String reportId, String reason, String idempotencyKey) {
		CurrentUser user = viewers.requireRole(Reports.VIEWERS);
		String why = Reports.blankToNull(reason);
		if (why == null) {
			throw DomainException.validation("reason", "required");
		}
		if (why.length() > 2000) {
			throw DomainException.validation("reason", "at most 2000 characters");
		}
		Report report = reportService.visible(reportId, user);
		String key = Reports.blankToNull(idempotencyKey);
		if (key != null) {
			Optional<IdentityRequest> earlier = idempotency.find(user.username(), key, Instant.now(clock))
				.flatMap(requests::findById)
				.filter(r -> r.getReportId().equals(report.getId()));
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		if (report.isAnonymous()) {
			throw DomainException.conflict("REPORTER_ANONYMOUS", "an anonymous report has no identity");
		}
		if (reportService.seesIdentityInClear(report)) {
			throw DomainException.conflict("IDENTITY_ALREADY_VISIBLE", "the identity is already shown to this user");
		}
		boolean pending = requests.findByReportIdAndRequesterOrderByIdDesc(report.getId(), user.username()).stream()
			.anyMatch(r -> r.getStatus() == IdentityRequestStatus.PENDING);
		if (pending) {
			throw DomainException.conflict("IDENTITY_REQUEST_PENDING", "a request of this user is waiting");
		}
		IdentityRequest request = requests.save(new IdentityRequest(report.getId(), user.username(), why, Instant.now(clock)));
		if (key != null) {
			idempotency.remember(user.username(), key, request.getId(), Instant.now(clock));
		}
		audit.record("IDENTITY_REVEAL_REQUESTED", Reports.AUDIT_TYPE, Reports.id(report),
				"request=" + request.getId() + ", requester=" + user.username());
		List<String> admins = access.usersWithRole(Role.SECURITY_ADMIN).stream().map(CurrentUser::username).toList();
		if (!admins.isEmpty()) {
			notifications.notify(admins, NotificationKind.IDENTITY_REVEAL_REQUESTED, "/reports/identity-requests",
					"identity-request:" + request.getId());
		}
		return request;
	}

	@Transactional
	public IdentityRequest approve(String id) {
		return decide(id, true);
	}

	@Transactional
	public IdentityRequest refuse(String id) {
		return decide(id, false);
	}

	private IdentityRequest decide(String id, boolean approve) {
		CurrentUser admin = viewers.requireRole(EnumSet.of(Role.SECURITY_ADMIN));
		IdentityRequest request = Reports.parse(id).flatMap(requests::findById)
			.orElseThrow(() -> DomainException.notFound("IDENTITY_REQUEST_NOT_FOUND", "identity request not found"));
		Instant now = Instant.now(clock);
		if (approve) {
			request.approve(admin.username(), now);
		}
		else {
			request.refuse(admin.username(), now);
		}
		audit.record(approve ? "IDENTITY_REVEAL_APPROVED" : "IDENTITY_REVEAL_REFUSED", Reports.AUDIT_TYPE,
				String.valueOf(request.getReportId()), "request=" + request.getId() + ", requester=" + request.getRequester());
		notifications.notify(request.getRequester(), NotificationKind.IDENTITY_REVEAL_DECIDED,
				"/reports/" + request.getReportId(), "identity-request:" + request.getId() + ":decided");
		return request;
	}

	/** Requests for the SECURITY_ADMIN, waiting ones or all. */
	public Page<Entry> list(boolean pendingOnly, Pageable pageable) {
		viewers.requireRole(EnumSet.of(Role.SECURITY_ADMIN));
		Page<IdentityRequest> page = pendingOnly ? requests.findByStatus(IdentityRequestStatus.PENDING, pageable)
				: requests.findAll(pageable);
		return page.map(r -> new Entry(r, reports.findById(r.getReportId()).map(Report::getTrackingNumber).orElse(null)));
	}

	public long countPending() {
		return requests.countByStatus(IdentityRequestStatus.PENDING);
	}

	public Optional<IdentityRequest> find(String id) {
		return Reports.parse(id).flatMap(requests::findById);
	}
}
