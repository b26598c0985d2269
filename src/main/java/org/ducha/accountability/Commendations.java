package org.ducha.accountability;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ducha.access.CurrentUser;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.organization.Organization;
import org.ducha.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Commendations (表彰) on a cadre's integrity file: entered by the office, read with the file. */
@Service
@Transactional(readOnly = true)
public class Commendations {

	private final CommendationRepository commendations;
	private final IntegrityAccess access;
	private final Organization organization;
	private final WorkingCalendar calendar;
	private final AuditLog audit;
	private final Clock clock;
	private final CommendationIdempotencyKeys idempotency;

	Commendations(CommendationRepository commendations, IntegrityAccess access, Organization organization,
			WorkingCalendar calendar, AuditLog audit, Clock clock, CommendationIdempotencyKeys idempotency) {
		this.idempotency = idempotency;
		this.commendations = commendations;
		this.access = access;
		this.organization = organization;
		this.calendar = calendar;
		this.audit = audit;
		this.clock = clock;
	}

	/** Records a commendation (OFFICER, OFFICE_DIRECTOR); VALIDATION_FAILED lists each offending field. */
	@Transactional
	public Commendation record(String cadreNo, String title, String issuingBody, LocalDate awardedOn) {
		return record(cadreNo, title, issuingBody, awardedOn, null);
	}

	/**
	 * {@link #record(String, String, String, LocalDate)} with an {@code Idempotency-Key}: the same key from the same
	 * user within 24 hours returns the commendation first recorded and records nothing.
	 */
	@Transactional
	public Commendation record(String cadreNo, String title, String issuingBody, LocalDate awardedOn,
			String idempotencyKey) {
		CurrentUser user = access.requireOffice();
		String key = IntegrityText.key(idempotencyKey);
		if (key != null) {
			Optional<Commendation> earlier = idempotency.find(user.username(), key, clock.instant())
				.flatMap(commendations::findById);
			if (earlier.isPresent()) {
				return earlier.get();
			}
		}
		List<DomainException.FieldError> errors = new ArrayList<>();
		String no = cadreNo == null ? "" : cadreNo.strip();
		if (no.isEmpty() || organization.findCadre(no).isEmpty()) {
			errors.add(new DomainException.FieldError("cadreNo", "unknown cadre"));
		}
		String t = IntegrityText.required(errors, "title", title, 300);
		String body = IntegrityText.required(errors, "issuingBody", issuingBody, 200);
		if (awardedOn == null) {
			errors.add(new DomainException.FieldError("awardedOn", "required"));
		}
		else if (awardedOn.isAfter(calendar.today())) {
			errors.add(new DomainException.FieldError("awardedOn", "not after today"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		Commendation saved = commendations.save(new Commendation(no, t, body, awardedOn, user.username(), clock.instant()));
		if (key != null) {
			idempotency.remember(user.username(), key, saved.getId(), clock.instant());
		}
		audit.record("COMMENDATION_RECORDED", "Commendation", String.valueOf(saved.getId()), "cadreNo=" + no);
		return saved;
	}

	List<Commendation> of(String cadreNo) {
		return commendations.findByCadreNoOrderByAwardedOnDescIdDesc(cadreNo);
	}
}
