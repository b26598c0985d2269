package org.ducha.accountability;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.access.CurrentUser;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.intake.Reports;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name clearing (澄清正名, SPEC §8.5): only for a cadre named in a report concluded UNSUBSTANTIATED
 * (any other finding, or a report not concluded: 409 {@code FINDING_NOT_UNSUBSTANTIATED}); proposed by
 * an officer (OFFICER, OFFICE_DIRECTOR) with the method and its scope, approved or refused by the
 * OFFICE_DIRECTOR. An approved one is shown on the cadre's integrity file.
 */
@Service
@Transactional(readOnly = true)
public class NameClearings {

	static final String AUDIT_TYPE = "NameClearing";

	private final NameClearingRepository clearings;
	private final IntegrityReportLeadRepository leads;
	private final IntegrityAccess access;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final NameClearingIdempotencyKeys idempotency;
	private final Reports reports;

	NameClearings(NameClearingRepository clearings, IntegrityReportLeadRepository leads, IntegrityAccess access,
			WorkingCalendar calendar, AuditLog audit, Clock clock, NameClearingIdempotencyKeys idempotency,
			Reports reports) {
		this.idempotency = idempotency;
		this.reports = reports;
		this.clearings = clearings;
		this.leads = leads;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public NameClearing propose(String reportId, String cadreNo, NameClearingMethod method, String scope) {
		return propose(reportId, cadreNo, method, scope, null);
	}

	/**
	 * {@link #propose(String, String, NameClearingMethod, String)} with an {@code Idempotency-Key}: the same key from
	 * the same user within 24 hours returns the record first proposed and proposes nothing.
	 */
	@Transactional
	public NameClearing propose(String reportId, String cadreNo, NameClearingMethod method, String scope,
			String idempotencyKey) {
		CurrentUser user = access.requireOffice();
		String key = IntegrityText.key(idempotencyKey);
		if (key != null) {
			Optional<NameClearing> earlier = idempotency.find(user.username(), key, clock.instant())
				.flatMap(clearings::findById);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		IntegrityReportLead lead = lead(reportId);
		List<DomainException.FieldError> errors = new ArrayList<>();
		String no = cadreNo == null ? "" : cadreNo.strip();
		if (!lead.getCadreNos().contains(no)) {
			errors.add(new DomainException.FieldError("cadreNo", "not named in the report"));
		}
		if (method == null) {
			errors.add(new DomainException.FieldError("method", "required"));
		}
		String text = IntegrityText.required(errors, "scope", scope, 1000);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		NameClearing saved = clearings.save(new NameClearing(lead.getReportId(), lead.getTrackingNumber(), no, method,
				text, user.username(), calendar.today(), clock.instant()));
		if (key != null) {
			idempotency.remember(user.username(), key, saved.getId(), clock.instant());
		}
		audit.record("NAME_CLEARING_PROPOSED", AUDIT_TYPE, String.valueOf(saved.getId()),
				"cadreNo=" + no + " method=" + method);
		return saved;
	}

	@Transactional
	public NameClearing approve(String id) {
		CurrentUser director = access.requireDirector();
		NameClearing clearing = get(id);
		clearing.approve(director.username(), calendar.today());
		NameClearing saved = clearings.save(clearing);
		audit.record("NAME_CLEARING_APPROVED", AUDIT_TYPE, id, "cadreNo=" + clearing.getCadreNo());
		return saved;
	}

	@Transactional
	public NameClearing refuse(String id, String reason) {
		CurrentUser director = access.requireDirector();
		List<DomainException.FieldError> errors = new ArrayList<>();
		String text = IntegrityText.required(errors, "reason", reason, 1000);
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		NameClearing clearing = get(id);
		clearing.refuse(director.username(), calendar.today(), text);
		NameClearing saved = clearings.save(clearing);
		audit.record("NAME_CLEARING_REFUSED", AUDIT_TYPE, id, "cadreNo=" + clearing.getCadreNo());
		return saved;
	}

	/** A name clearing, for the office. */
	public NameClearing get(String id) {
		access.requireOffice();
		return IntegrityIds.parse(id).flatMap(clearings::findById)
			.orElseThrow(() -> DomainException.notFound("NAME_CLEARING_NOT_FOUND", "no such name clearing"));
	}

	/** The reports concluded UNSUBSTANTIATED, newest first, for the office. */
	/**
	 * The unsubstantiated reports the caller may see (SPEC §1: an officer named in a report, or of an accused unit,
	 * never learns of it, not even by its tracking number in this list or its export).
	 */
	public List<IntegrityReportLead> unsubstantiatedReports() {
		CurrentUser user = access.requireOffice();
		return leads.findAllByOrderByConcludedOnDescReportIdDesc().stream()
			.filter(l -> reports.maySee(l.getReportId(), user))
			.toList();
	}

	public Optional<IntegrityReportLead> unsubstantiatedReport(String reportId) {
		CurrentUser user = access.requireOffice();
		return reportId == null ? Optional.empty()
				: leads.findById(reportId.strip()).filter(l -> reports.maySee(l.getReportId(), user));
	}

	public List<NameClearing> ofReport(String reportId) {
		access.requireOffice();
		return clearings.findByReportIdOrderByIdAsc(reportId);
	}

	/** The proposed name clearings of reports the caller may see (the accused never sees his own pending one). */
	public List<NameClearing> awaitingApproval() {
		CurrentUser user = access.requireOffice();
		return clearings.findByStatusOrderByIdAsc(NameClearingStatus.PROPOSED).stream()
			.filter(c -> reports.maySee(c.getReportId(), user))
			.toList();
	}

	List<NameClearing> approvedOf(String cadreNo) {
		return clearings.findByCadreNoOrderByIdDesc(cadreNo).stream()
			.filter(c -> c.getStatus() == NameClearingStatus.APPROVED)
			.toList();
	}

	IntegrityReportLead lead(String reportId) {
		return Optional.ofNullable(reportId).map(String::strip).flatMap(leads::findById)
			.orElseThrow(() -> DomainException.conflict("FINDING_NOT_UNSUBSTANTIATED",
					"the report is not concluded as unsubstantiated"));
	}
}
