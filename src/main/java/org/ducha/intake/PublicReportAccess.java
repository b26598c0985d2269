package org.ducha.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.audit.AuditLog;
import org.ducha.notification.NotificationKind;
import org.ducha.notification.Notifications;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The citizen's side of a report (SPEC §5), without an account: submit, then with query code and PIN
 * read the status, the answer and the messages, write to the office, add evidence, rate the answer
 * and ask once for a review — nothing else. A wrong code and a wrong PIN take the same path (a PIN
 * hash is verified either way) and both answer {@code REPORT_NOT_FOUND} (404); each failure counts
 * against the client address, and past the limit every look-up answers 429 whatever the code and PIN.
 *
 * <p>The throttle counts in transactions of its own (a refusal's rollback must keep the count), so the steps that
 * count — checking code and PIN, admitting a submission — run outside any transaction and the work after them in
 * one of its own. These methods carry no {@code @Transactional} on purpose: even an empty transaction scope
 * (NOT_SUPPORTED, SUPPORTS) keeps the first connection it used bound until it ends, so a request would hold one
 * pooled connection while waiting for a second, and as many concurrent citizens as the pool has connections would
 * starve it.
 */
@Service
public class PublicReportAccess {

	/*
	 * A reporter's keys for the rating, the review request and the evidence are kept with the staff registrations' keys
	 * (report_idempotency), under a scope naming the step and the report ("reporter-review:<id>"; no username
	 * contains a colon) and with the report as the id: one reporter's key never answers for another report.
	 */
	private static final String RATING_SCOPE = "reporter-rating:";
	private static final String REVIEW_SCOPE = "reporter-review:";
	private static final String EVIDENCE_SCOPE = "reporter-evidence:";

	private final ReportRepository reports;
	private final ReportMessageRepository messages;
	private final Reports reportService;
	private final QueryCodes queryCodes;
	private final PublicThrottle throttle;
	private final Attachments attachments;
	private final Notifications notifications;
	private final AuditLog audit;
	private final Clock clock;
	private final ReportDeadlines deadlines;
	private final PublicSubmissionKeys submissionKeys;
	private final MessageIdempotency messageKeys;
	private final IdempotencyKeys reportKeys;
	private final TransactionTemplate transaction;

	PublicReportAccess(ReportRepository reports, ReportMessageRepository messages, Reports reportService,
			QueryCodes queryCodes, PublicThrottle throttle, Attachments attachments, Notifications notifications,
			AuditLog audit, Clock clock, ReportDeadlines deadlines, PublicSubmissionKeys submissionKeys,
			MessageIdempotency messageKeys, IdempotencyKeys reportKeys, PlatformTransactionManager transactions) {
		this.submissionKeys = submissionKeys;
		this.messageKeys = messageKeys;
		this.reportKeys = reportKeys;
		this.transaction = new TransactionTemplate(transactions);
		this.reports = reports;
		this.messages = messages;
		this.reportService = reportService;
		this.queryCodes = queryCodes;
		this.throttle = throttle;
		this.attachments = attachments;
		this.notifications = notifications;
		this.audit = audit;
		this.clock = clock;
		this.deadlines = deadlines;
	}

	/** A citizen's report: throttled per address (429), then validated and registered as ONLINE, received today. */
	public Registered submit(NewReport input, String address) {
		return submit(input, address, null);
	}

	/**
	 * {@link #submit(NewReport, String)} with an {@code Idempotency-Key}: the same key with the very same body
	 * (PIN included) within 24 hours returns the first result — tracking number and query code — and creates,
	 * counts and notifies nothing; the same key with another body is another submission
	 * ({@link PublicSubmissionKeys}). Two requests with one key and body at once: the second fails on the
	 * key's row when the first commits and, asked again, returns the first.
	 */
	public Registered submit(NewReport input, String address, String idempotencyKey) {
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		Instant now = Instant.now(clock);
		if (key != null) {
			Optional<Registered> replayed = transaction.execute(status -> submissionKeys.find(key, input, now).map(earlier -> {
				Report report = reports.findById(earlier.reportId()).orElseThrow(Reports::notFound);
				audit.record("REPORT_SUBMISSION_REPLAYED", Reports.AUDIT_TYPE, Reports.id(report), null);
				return new Registered(report.loaded(), earlier.queryCode(), null, reportService.lightOf(report));
			}));
			if (replayed.isPresent()) {
				return replayed.get();
			}
		}
		throttle.admitSubmission(address);
		return transaction.execute(status -> {
			Registered registered = reportService.submitPublic(input);
			if (key != null) {
				submissionKeys.remember(key, input, registered.report().getId(), registered.queryCode(), now);
			}
			return registered;
		});
	}

	/** Checks a submission without saving it (the page keeps what was typed and shows each problem). */
	@Transactional(readOnly = true)
	public void validate(NewReport input) {
		reportService.validate(input, true);
	}

	/** What the reporter may read, audited as a read of the report. */
	public PublicReportView lookup(String queryCode, String pin, String address) {
		FollowUpGrant grant = verify(queryCode, pin, address);
		return transaction.execute(status -> view(grant));
	}

	/**
	 * Checks code and PIN: the grant for that report, or REPORT_NOT_FOUND (404) for a wrong code and a
	 * wrong PIN alike (counted against the address), or 429 once the address is throttled.
	 */
	public FollowUpGrant verify(String queryCode, String pin, String address) {
		return new FollowUpGrant(authenticate(queryCode, pin, address).getId());
	}

	/** What the reporter may read, for a verified grant, audited as a read of the report. */
	@Transactional
	public PublicReportView view(FollowUpGrant grant) {
		Report report = granted(grant);
		audit.record("REPORT_PUBLIC_VIEWED", Reports.AUDIT_TYPE, Reports.id(report), null);
		List<PublicReportView.Message> thread = messages.findByReportIdOrderBySentAtAscIdAsc(report.getId()).stream()
			.map(m -> new PublicReportView.Message(m.getSender(), m.getText(), m.getSentAt()))
			.toList();
		List<String> evidence = attachments.listOwnedBy(Reports.OWNER_TYPE, Reports.id(report)).stream()
			.filter(a -> Attachments.PUBLIC_UPLOADER.equals(a.uploader()))
			.map(AttachmentInfo::fileName)
			.toList();
		boolean answered = report.getAnswerText() != null;
		boolean mayRate = answered && report.getRating() == null;
		boolean mayReview = report.getStatus() == ReportStatus.ANSWERED && report.getReviewRequestedOn() == null;
		return new PublicReportView(Reports.id(report), report.getTrackingNumber(), report.getStatus(), report.getReceivedOn(),
				report.getAnswerText(),
				report.getAnsweredOn(), thread, report.getRating(), mayRate, mayReview,
				report.getReviewRequestedOn() != null, evidence);
	}

	public void sendMessage(String queryCode, String pin, String text, String address) {
		sendMessage(queryCode, pin, text, address, null);
	}

	/**
	 * {@link #sendMessage(String, String, String, String)} with an {@code Idempotency-Key} (API.md): code and PIN are
	 * checked first, then the same key for the same report within 24 hours creates nothing new. The key is scoped
	 * by the report ({@code reporter:<id>} in the office's message keys; no username contains a colon), so one
	 * reporter's key never answers for another's.
	 */
	public void sendMessage(String queryCode, String pin, String text, String address, String idempotencyKey) {
		FollowUpGrant grant = verify(queryCode, pin, address);
		transaction.executeWithoutResult(status -> sendMessage(grant, text, idempotencyKey));
	}

	@Transactional
	public void sendMessage(FollowUpGrant grant, String text) {
		sendMessage(grant, text, null);
	}

	private void sendMessage(FollowUpGrant grant, String text, String idempotencyKey) {
		Report report = granted(grant);
		String key = Reports.blankToNull(idempotencyKey);
		String scope = "reporter:" + report.getId();
		Instant now = Instant.now(clock);
		if (key != null && messageKeys.find(scope, key, now).flatMap(messages::findById)
			.filter(m -> m.getReportId().equals(report.getId())).isPresent()) {
			return;
		}
		String body = requireText("text", text, 4000);
		ReportMessage message = messages.save(new ReportMessage(report.getId(), MessageSender.REPORTER, null, body, now));
		report.note(citizen(), "REPORTER_MESSAGE", null);
		reports.save(report);
		audit.record("REPORT_MESSAGE_SENT", Reports.AUDIT_TYPE, Reports.id(report), "from=REPORTER");
		notifyHandling(report, "report:" + report.getId() + ":message:" + message.getId());
		if (key != null) {
			messageKeys.remember(scope, key, message.getId(), now);
		}
	}

	public void rate(String queryCode, String pin, AnswerRating rating, String comment, String address) {
		rate(queryCode, pin, rating, comment, address, null);
	}

	/**
	 * {@link #rate(String, String, AnswerRating, String, String)} with an {@code Idempotency-Key} (API.md): the same
	 * key for the same report within 24 hours answers as the first rating did and changes nothing (a second rating
	 * without it is refused: the answer is rated once).
	 */
	public void rate(String queryCode, String pin, AnswerRating rating, String comment, String address,
			String idempotencyKey) {
		FollowUpGrant grant = verify(queryCode, pin, address);
		transaction.executeWithoutResult(status -> {
			if (!replayed(grant, RATING_SCOPE, idempotencyKey)) {
				rate(grant, rating, comment);
				remember(grant, RATING_SCOPE, idempotencyKey);
			}
		});
	}

	@Transactional
	public void rate(FollowUpGrant grant, AnswerRating rating, String comment) {
		Report report = granted(grant);
		if (rating == null) {
			throw DomainException.validation("rating", "required");
		}
		String text = Reports.blankToNull(comment);
		if (text != null && text.length() > 1000) {
			throw DomainException.validation("comment", "at most 1000 characters");
		}
		report.rate(citizen(), rating, text);
		reports.save(report);
		audit.record("REPORT_RATED", Reports.AUDIT_TYPE, Reports.id(report), "rating=" + rating);
	}

	/** The one review request: the disposal step reopens and the office is told (without content). */
	public void requestReview(String queryCode, String pin, String reason, String address) {
		requestReview(queryCode, pin, reason, address, null);
	}

	/**
	 * {@link #requestReview(String, String, String, String)} with an {@code Idempotency-Key} (API.md): code and PIN
	 * are checked first, then the same key for the same report within 24 hours answers as the first request did and
	 * changes nothing (a second request without it is refused, as there is one review).
	 */
	public void requestReview(String queryCode, String pin, String reason, String address, String idempotencyKey) {
		FollowUpGrant grant = verify(queryCode, pin, address);
		transaction.executeWithoutResult(status -> {
			if (!replayed(grant, REVIEW_SCOPE, idempotencyKey)) {
				requestReview(grant, reason);
				remember(grant, REVIEW_SCOPE, idempotencyKey);
			}
		});
	}

	@Transactional
	public void requestReview(FollowUpGrant grant, String reason) {
		Report report = granted(grant);
		String why = requireText("reason", reason, 2000);
		report.requestReview(citizen(), why);
		reports.save(report);
		audit.record("REPORT_REVIEW_REQUESTED", Reports.AUDIT_TYPE, Reports.id(report), "status=" + report.getStatus());
		reportService.notifyOffice(report, NotificationKind.GENERIC_NEW_ITEM, "report:" + report.getId() + ":review");
	}

	/**
	 * Whether this {@code Idempotency-Key} already added evidence to the granted report within 24 hours (API.md):
	 * then the upload is answered as the first one was, and nothing is stored or linked.
	 */
	@Transactional(readOnly = true)
	public boolean evidenceReplayed(FollowUpGrant grant, String idempotencyKey) {
		return replayed(grant, EVIDENCE_SCOPE, idempotencyKey);
	}

	/** {@link #addEvidence(FollowUpGrant, List)}, remembering the {@code Idempotency-Key} (if any) for the report. */
	@Transactional
	public void addEvidence(FollowUpGrant grant, List<String> attachmentIds, String idempotencyKey) {
		addEvidence(grant, attachmentIds);
		remember(grant, EVIDENCE_SCOPE, idempotencyKey);
	}

	private boolean replayed(FollowUpGrant grant, String scope, String idempotencyKey) {
		String key = Reports.blankToNull(idempotencyKey);
		Report report = granted(grant);
		return key != null && reportKeys.find(scope + report.getId(), key, Instant.now(clock))
			.filter(report.getId()::equals).isPresent();
	}

	private void remember(FollowUpGrant grant, String scope, String idempotencyKey) {
		String key = Reports.blankToNull(idempotencyKey);
		if (key != null) {
			Report report = granted(grant);
			reportKeys.remember(scope + report.getId(), key, report.getId(), Instant.now(clock));
		}
	}

	/** Links the reporter's public uploads to the report as evidence. */
	@Transactional
	public void addEvidence(FollowUpGrant grant, List<String> attachmentIds) {
		Report report = granted(grant);
		if (attachmentIds == null || attachmentIds.isEmpty()) {
			throw DomainException.validation("files", "required");
		}
		attachments.linkTo(attachmentIds, Reports.OWNER_TYPE, Reports.id(report), Attachments.PUBLIC_UPLOADER);
		report.note(citizen(), "EVIDENCE_ADDED", String.valueOf(attachmentIds.size()));
		reports.save(report);
		audit.record("REPORT_EVIDENCE_ADDED", Reports.AUDIT_TYPE, Reports.id(report), "count=" + attachmentIds.size());
		notifyHandling(report, "report:" + report.getId() + ":evidence:" + report.getSteps().size());
	}

	/**
	 * Stores a citizen's upload (metadata stripped) before it is linked to a report; outside any transaction.
	 * Each file counts against the address's uploads first (429 once they are used up), so a form that keeps
	 * failing validation cannot store files without limit.
	 */
	public AttachmentInfo upload(java.io.InputStream content, String fileName, String address) {
		throttle.admitUpload(address);
		return attachments.store(content, fileName, Attachments.PUBLIC_UPLOADER, true);
	}

	private Report granted(FollowUpGrant grant) {
		return reports.findById(grant.reportId()).orElseThrow(Reports::notFound);
	}

	private Report authenticate(String queryCode, String pin, String address) {
		throttle.checkLookups(address);
		Optional<Report> report = QueryCodes.isWellFormed(queryCode)
				? reports.findByQueryCodeHash(QueryCodes.lookupHash(queryCode)) : Optional.empty();
		boolean matches = queryCodes.pinMatches(pin, report.map(Report::getPinHash).orElse(null));
		if (!matches) {
			throttle.recordFailedLookup(address);
			throw Reports.notFound();
		}
		return report.get();
	}

	private void notifyHandling(Report report, String dedupeKey) {
		Optional<String> handler = report.currentHandler();
		if (handler.isPresent()) {
			notifications.notify(handler.get(), NotificationKind.GENERIC_NEW_ITEM, Reports.link(report), dedupeKey);
		}
		else {
			reportService.notifyOffice(report, NotificationKind.GENERIC_NEW_ITEM, dedupeKey);
		}
	}

	private Act citizen() {
		return new Act(Act.CITIZEN, Instant.now(clock), deadlines.today());
	}

	private static String requireText(String field, String text, int max) {
		String v = Reports.blankToNull(text);
		if (v == null) {
			throw DomainException.validation(field, "required");
		}
		if (v.length() > max) {
			throw DomainException.validation(field, "at most " + max + " characters");
		}
		return v;
	}
}
