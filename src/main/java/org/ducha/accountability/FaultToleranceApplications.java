package org.ducha.accountability;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.access.CurrentUser;
import org.ducha.access.Role;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fault tolerance (容错纠错, SPEC §8.4). An application is made while the case is open and before its
 * decision (otherwise 409 {@code ILLEGAL_TRANSITION}) by
 * <ul>
 * <li>the cadre the case is against (CADRE account of that cadre);</li>
 * <li>the unit principal, for a case against the unit's party organization or a cadre of the unit;</li>
 * <li>the office (OFFICER, OFFICE_DIRECTOR) on their behalf.</li>
 * </ul>
 * A case the applicant may not apply for answers CASE_NOT_FOUND (404). {@link FaultToleranceEligibility}
 * refuses it at once (INELIGIBLE, with the reasons) or it waits (PENDING) for the OFFICE_DIRECTOR, whose
 * decision with a basis is applied to the case: EXEMPT ends it EXEMPTED, MITIGATE records the basis on
 * it, REFUSE leaves it as it is. The decision is filed as a 容错认定书 (.docx, {@link FaultToleranceDocument}).
 */
@Service
@Transactional(readOnly = true)
public class FaultToleranceApplications {

	static final String AUDIT_TYPE = "FaultToleranceApplication";

	private final FaultToleranceApplicationRepository applications;
	private final AccountabilityCases cases;
	private final IntegrityAccess access;
	private final FaultToleranceIdempotencyKeys idempotency;
	private final FaultToleranceDocument document;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;

	FaultToleranceApplications(FaultToleranceApplicationRepository applications, AccountabilityCases cases,
			IntegrityAccess access, FaultToleranceIdempotencyKeys idempotency, FaultToleranceDocument document,
			WorkingCalendar calendar, AuditLog audit, Clock clock) {
		this.applications = applications;
		this.cases = cases;
		this.access = access;
		this.idempotency = idempotency;
		this.document = document;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public FaultToleranceApplication apply(NewFaultToleranceApplication input) {
		return apply(input, null);
	}

	/** Applies; the same {@code Idempotency-Key} by the same user within 24 hours returns the first application. */
	@Transactional
	public FaultToleranceApplication apply(NewFaultToleranceApplication input, String idempotencyKey) {
		CurrentUser user = access.current();
		FaultToleranceApplicantKind kind = applicantKind(user);
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			Optional<FaultToleranceApplication> earlier = idempotency.find(user.username(), idempotencyKey, clock.instant())
				.flatMap(applications::findById);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (input.caseId() == null || input.caseId().isBlank()) {
			errors.add(new DomainException.FieldError("caseId", "required"));
		}
		if (input.answers() == null) {
			errors.add(new DomainException.FieldError("privateGain", "required"));
		}
		String statement = IntegrityText.required(errors, "statement", input.statement(), 4000);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		CaseView c = cases.find(input.caseId().strip())
			.filter(v -> mayApplyFor(user, kind, v))
			.orElseThrow(() -> DomainException.notFound("CASE_NOT_FOUND", "no such case"));
		if (!c.undecided()) {
			throw DomainException.illegalTransition(c.status(), "apply for fault tolerance");
		}
		if (applications.findByCaseIdOrderByIdAsc(c.id()).stream()
			.anyMatch(a -> a.getStatus() == FaultToleranceStatus.PENDING)) {
			throw DomainException.conflict("FAULT_TOLERANCE_PENDING", "an application of this case waits for a decision");
		}
		FaultToleranceApplication saved = applications.save(new FaultToleranceApplication(c.id(), c.subject().cadreNo(),
				c.subject().unitCode(), user.username(), kind, input.answers(), statement, calendar.today(),
				clock.instant()));
		if (idempotencyKey != null && !idempotencyKey.isBlank()) {
			idempotency.remember(user.username(), idempotencyKey, saved.getId(), clock.instant());
		}
		audit.record("FAULT_TOLERANCE_APPLIED", AUDIT_TYPE, String.valueOf(saved.getId()),
				"caseId=" + c.id() + " status=" + saved.getStatus() + " kind=" + kind);
		return saved;
	}

	/** The OFFICE_DIRECTOR's decision with its basis, applied to the case. */
	@Transactional
	public FaultToleranceApplication decide(String id, FaultToleranceOutcome outcome, String basis) {
		CurrentUser director = access.requireDirector();
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (outcome == null) {
			errors.add(new DomainException.FieldError("outcome", "required"));
		}
		String text = IntegrityText.required(errors, "basis", basis, 4000);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		FaultToleranceApplication application = load(id);
		if (application.getStatus() == FaultToleranceStatus.PENDING && outcome != FaultToleranceOutcome.REFUSE
				&& !cases.isUndecided(application.getCaseId())) {
			throw DomainException.illegalTransition(cases.get(application.getCaseId()).status(), "apply fault tolerance");
		}
		application.decide(outcome, text, director.username(), calendar.today());
		FaultToleranceApplication saved = applications.save(application);
		switch (outcome) {
			case EXEMPT -> cases.exempt(application.getCaseId(), "容错: " + text);
			case MITIGATE -> cases.recordMitigation(application.getCaseId(), "容错: " + text);
			case REFUSE -> {
			}
		}
		audit.record("FAULT_TOLERANCE_DECIDED", AUDIT_TYPE, id, "caseId=" + application.getCaseId() + " outcome=" + outcome);
		return saved;
	}

	/** An application: for the office, LEADER, and its applicant; CASE_NOT_FOUND-like 404 for anyone else. */
	public FaultToleranceApplication get(String id) {
		CurrentUser user = access.current();
		FaultToleranceApplication application = load(id);
		if (!maySee(user, application)) {
			throw notFound();
		}
		return application;
	}

	/** The applications of a case, for the office and LEADER. */
	public List<FaultToleranceApplication> ofCase(String caseId) {
		access.require(IntegrityAccess.FILE_READERS);
		return applications.findByCaseIdOrderByIdAsc(caseId);
	}

	/** Every application, newest first, for the office and LEADER. */
	public List<FaultToleranceApplication> all() {
		access.require(IntegrityAccess.FILE_READERS);
		return applications.findAllByOrderByIdDesc();
	}

	/** The decided applications of the cadre's cases, for his file. */
	List<FaultToleranceApplication> decidedFor(String cadreNo) {
		return applications.findBySubjectCadreNoOrderByIdDesc(cadreNo).stream()
			.filter(a -> a.getStatus() == FaultToleranceStatus.DECIDED)
			.toList();
	}

	/** The 容错认定书 of a decided application, written to {@code out}; ILLEGAL_TRANSITION before the decision. */
	@Transactional
	public void writeDocument(String id, OutputStream out) {
		FaultToleranceApplication application = get(id);
		if (application.getStatus() != FaultToleranceStatus.DECIDED) {
			throw DomainException.illegalTransition(application.getStatus(), "document");
		}
		document.write(application, cases.get(application.getCaseId()), out);
		audit.record("FAULT_TOLERANCE_DOCUMENT_EXPORTED", AUDIT_TYPE, id, "docx");
	}

	/** Whether the current user may apply for fault tolerance on this case (for the case page's link). */
	public boolean mayApply(String caseId) {
		CurrentUser user = access.current();
		FaultToleranceApplicantKind kind = kindOrNull(user);
		return kind != null && cases.find(caseId).filter(CaseView::undecided).filter(v -> mayApplyFor(user, kind, v))
			.isPresent();
	}

	private boolean maySee(CurrentUser user, FaultToleranceApplication application) {
		return IntegrityAccess.readsWholeFile(user) || user.username().equals(application.getApplicantUsername())
				|| (user.hasRole(Role.CADRE) && user.cadreNo() != null
						&& user.cadreNo().equals(application.getSubjectCadreNo()));
	}

	private static boolean mayApplyFor(CurrentUser user, FaultToleranceApplicantKind kind, CaseView c) {
		return switch (kind) {
			case OFFICE -> true;
			case UNIT -> user.unitCode() != null && user.unitCode().equals(c.subject().unitCode());
			case CADRE -> user.cadreNo() != null && user.cadreNo().equals(c.subject().cadreNo());
		};
	}

	private static FaultToleranceApplicantKind applicantKind(CurrentUser user) {
		FaultToleranceApplicantKind kind = kindOrNull(user);
		if (kind == null) {
			throw DomainException.forbidden("role may not apply for fault tolerance");
		}
		return kind;
	}

	private static FaultToleranceApplicantKind kindOrNull(CurrentUser user) {
		if (user.hasAnyRole(Role.OFFICER, Role.OFFICE_DIRECTOR)) {
			return FaultToleranceApplicantKind.OFFICE;
		}
		if (user.hasRole(Role.UNIT_PRINCIPAL)) {
			return FaultToleranceApplicantKind.UNIT;
		}
		if (user.hasRole(Role.CADRE)) {
			return FaultToleranceApplicantKind.CADRE;
		}
		return null;
	}

	private FaultToleranceApplication load(String id) {
		return IntegrityIds.parse(id).flatMap(applications::findById).orElseThrow(FaultToleranceApplications::notFound);
	}

	private static DomainException notFound() {
		return DomainException.notFound("FAULT_TOLERANCE_APPLICATION_NOT_FOUND", "no such application");
	}
}
