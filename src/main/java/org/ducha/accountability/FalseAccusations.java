package org.ducha.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.access.CurrentUser;
import org.ducha.attachment.AttachmentInfo;
import org.ducha.attachment.Attachments;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * False accusations (诬告陷害, SPEC §8.5), recorded by the office (OFFICER, OFFICE_DIRECTOR), as listed rules:
 * <ol>
 * <li>only from a report concluded UNSUBSTANTIATED (409 {@code FINDING_NOT_UNSUBSTANTIATED});</li>
 * <li>only from a named report — never an anonymous one (409 {@code REPORT_NOT_NAMED});</li>
 * <li>only when the officer states it was knowingly fabricated, with facts and at least one piece of
 * evidence — an honest mistake (错告) is never recorded as 诬告 (VALIDATION_FAILED);</li>
 * <li>once per report (409 {@code FALSE_ACCUSATION_RECORDED});</li>
 * <li>an accuser on the roster is a cadre: a case is opened against him with the report as its basis;
 * otherwise the referral (his party organization, or the police) is recorded with date and recipient.</li>
 * </ol>
 * The accuser is the reporter: his cadre number is shown only to the officer who recorded it.
 */
@Service
@Transactional(readOnly = true)
public class FalseAccusations {

	static final String AUDIT_TYPE = "FalseAccusation";
	static final String OWNER_TYPE = "FALSE_ACCUSATION";

	/** A false accusation as one office user may read it: the accuser's cadre number only for its recorder. */
	public record View(FalseAccusation record, String accuserCadreNo, List<AttachmentInfo> evidence) {
	}

	private final FalseAccusationRepository accusations;
	private final NameClearings nameClearings;
	private final AccountabilityCases cases;
	private final Organization organization;
	private final Attachments attachments;
	private final IntegrityAccess access;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final FalseAccusationIdempotencyKeys idempotency;

	FalseAccusations(FalseAccusationRepository accusations, NameClearings nameClearings, AccountabilityCases cases,
			Organization organization, Attachments attachments, IntegrityAccess access, WorkingCalendar calendar,
			AuditLog audit, Clock clock, FalseAccusationIdempotencyKeys idempotency) {
		this.idempotency = idempotency;
		this.accusations = accusations;
		this.nameClearings = nameClearings;
		this.cases = cases;
		this.organization = organization;
		this.attachments = attachments;
		this.access = access;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public View record(NewFalseAccusation input) {
		return record(input, null);
	}

	/**
	 * {@link #record(NewFalseAccusation)} with an {@code Idempotency-Key}: the same key from the same user within
	 * 24 hours returns the record first made and records (and opens) nothing.
	 */
	@Transactional
	public View record(NewFalseAccusation input, String idempotencyKey) {
		CurrentUser user = access.requireOffice();
		String key = IntegrityText.key(idempotencyKey);
		if (key != null) {
			Optional<FalseAccusation> earlier = idempotency.find(user.username(), key, clock.instant())
				.flatMap(accusations::findById);
			if (earlier.isPresent()) {
				return view(earlier.get(), user);
			}
		}
		IntegrityReportLead lead = nameClearings.lead(input.reportId());
		if (!lead.isNamed()) {
			throw DomainException.conflict("REPORT_NOT_NAMED", "an anonymous report is never recorded as a false accusation");
		}
		if (accusations.findByReportId(lead.getReportId()).isPresent()) {
			throw DomainException.conflict("FALSE_ACCUSATION_RECORDED", "this report is already recorded as a false accusation");
		}
		List<DomainException.FieldError> errors = new ArrayList<>();
		if (!input.knowinglyFabricated()) {
			errors.add(new DomainException.FieldError("knowinglyFabricated",
					"only a knowingly fabricated report is a false accusation"));
		}
		String facts = IntegrityText.required(errors, "facts", input.facts(), 4000);
		if (input.evidenceIds().isEmpty()) {
			errors.add(new DomainException.FieldError("evidenceIds", "at least one piece of evidence"));
		}
		else if (input.evidenceIds().stream().anyMatch(id -> attachments.find(id).isEmpty())) {
			errors.add(new DomainException.FieldError("evidenceIds", "unknown attachment"));
		}
		String cadreNo = null;
		String referredTo = null;
		if (input.accuserKind() == null) {
			errors.add(new DomainException.FieldError("accuserKind", "required"));
		}
		else if (input.accuserKind() == FalseAccuserKind.CADRE) {
			cadreNo = input.accuserCadreNo() == null ? "" : input.accuserCadreNo().strip();
			if (cadreNo.isEmpty() || organization.findCadre(cadreNo).isEmpty()) {
				errors.add(new DomainException.FieldError("accuserCadreNo", "unknown cadre"));
			}
			else if (lead.getCadreNos().contains(cadreNo)) {
				errors.add(new DomainException.FieldError("accuserCadreNo", "the accuser is a cadre named in the report"));
			}
		}
		else {
			if (input.referredOn() == null) {
				errors.add(new DomainException.FieldError("referredOn", "required"));
			}
			else if (input.referredOn().isAfter(calendar.today())) {
				errors.add(new DomainException.FieldError("referredOn", "not after today"));
			}
			referredTo = IntegrityText.required(errors, "referredTo", input.referredTo(), 200);
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		LocalDate today = calendar.today();
		FalseAccusation record = accusations.save(new FalseAccusation(lead.getReportId(), lead.getTrackingNumber(), facts,
				input.accuserKind(), cadreNo, input.accuserKind() == FalseAccuserKind.CADRE ? null : input.referredOn(),
				referredTo, user.username(), today, clock.instant()));
		attachments.linkTo(input.evidenceIds(), OWNER_TYPE, String.valueOf(record.getId()), user.username());
		if (cadreNo != null) {
			CaseView opened = cases.open(NewCase.againstCadre(cadreNo, facts).withReports(List.of(lead.getReportId())));
			record.caseOpened(opened.id());
			accusations.save(record);
		}
		if (key != null) {
			idempotency.remember(user.username(), key, record.getId(), clock.instant());
		}
		audit.record("FALSE_ACCUSATION_RECORDED", AUDIT_TYPE, String.valueOf(record.getId()),
				"reportId=" + lead.getReportId() + " accuserKind=" + input.accuserKind()
						+ (record.getCaseId() == null ? "" : " caseId=" + record.getCaseId()));
		return view(record, user);
	}

	/** The false accusation recorded for a report, if any (office). */
	public java.util.Optional<View> ofReport(String reportId) {
		CurrentUser user = access.requireOffice();
		return accusations.findByReportId(reportId).map(r -> view(r, user));
	}

	public View get(String id) {
		CurrentUser user = access.requireOffice();
		return IntegrityIds.parse(id).flatMap(accusations::findById).map(r -> view(r, user))
			.orElseThrow(() -> DomainException.notFound("FALSE_ACCUSATION_NOT_FOUND", "no such record"));
	}

	private View view(FalseAccusation record, CurrentUser user) {
		return new View(record, user.username().equals(record.getRecordedBy()) ? record.getAccuserCadreNo() : null,
				attachments.listOwnedBy(OWNER_TYPE, String.valueOf(record.getId())));
	}
}
