package org.ducha.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Secondments (借调, SPEC §2): recorded, extended by approval, ended by the cadre's return; those past their
 * planned end are listed as overdue (借调不退), counted from the district clock.
 */
@Service
@Transactional(readOnly = true)
public class Secondments {

	static final int TEXT_MAX = 500;

	private final SecondmentRepository secondments;
	private final Organization organization;
	private final AuditLog audit;
	private final Clock clock;
	private final OrganizationMessages messages;

	Secondments(SecondmentRepository secondments, Organization organization, AuditLog audit, Clock clock,
			OrganizationMessages messages) {
		this.secondments = secondments;
		this.organization = organization;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Secondment get(long id) {
		return secondments.findById(id)
			.orElseThrow(() -> DomainException.notFound("SECONDMENT_NOT_FOUND", "secondment " + id + " not found"));
	}

	public List<Secondment> list(SecondmentFilter filter) {
		return switch (filter) {
			case OPEN -> secondments.findByStatusOrderByCurrentEndAsc(SecondmentStatus.ON_SECONDMENT);
			case OVERDUE -> secondments.findByStatusAndCurrentEndBeforeOrderByCurrentEndAsc(SecondmentStatus.ON_SECONDMENT,
					today());
			case RETURNED -> secondments.findByStatusOrderByReturnedOnDesc(SecondmentStatus.RETURNED);
			case ALL -> secondments.findAllByOrderByStartDateDescIdDesc();
		};
	}

	/** How many cadres are still seconded past the planned end in force, today. */
	public long overdueCount() {
		return secondments.countByStatusAndCurrentEndBefore(SecondmentStatus.ON_SECONDMENT, today());
	}

	public List<Secondment> ofCadre(String cadreNo) {
		return secondments.findByCadreNoOrderByStartDateDescIdDesc(cadreNo);
	}

	@Transactional
	public Secondment record(SecondmentDraft draft) {
		List<RosterProblem> problems = new ArrayList<>();
		String fromUnit = draft.fromUnitCode();
		if (draft.cadreNo() == null) {
			problems.add(RosterProblem.of("cadreNo", "REQUIRED"));
		}
		else {
			Cadre cadre = organization.findCadre(draft.cadreNo()).orElse(null);
			if (cadre == null) {
				problems.add(RosterProblem.of("cadreNo", "UNKNOWN_CADRE", draft.cadreNo()));
			}
			else {
				if (cadre.getStatus() != CadreStatus.SERVING) {
					problems.add(RosterProblem.of("cadreNo", "CADRE_NOT_SERVING", draft.cadreNo()));
				}
				secondments.findByCadreNoAndStatus(draft.cadreNo(), SecondmentStatus.ON_SECONDMENT).stream()
					.findFirst()
					.ifPresent(open -> problems.add(RosterProblem.of("cadreNo", "ALREADY_SECONDED", open.getToUnitCode())));
				if (fromUnit == null) {
					fromUnit = cadre.getUnitCode();
				}
			}
		}
		if (fromUnit != null && organization.findUnit(fromUnit).isEmpty()) {
			problems.add(RosterProblem.of("fromUnitCode", "UNKNOWN_UNIT", fromUnit));
		}
		if (draft.toUnitCode() == null) {
			problems.add(RosterProblem.of("toUnitCode", "REQUIRED"));
		}
		else if (organization.findUnit(draft.toUnitCode()).isEmpty()) {
			problems.add(RosterProblem.of("toUnitCode", "UNKNOWN_UNIT", draft.toUnitCode()));
		}
		else if (draft.toUnitCode().equals(fromUnit)) {
			problems.add(RosterProblem.of("toUnitCode", "SAME_UNIT"));
		}
		text(problems, "purpose", draft.purpose());
		if (draft.startDate() == null) {
			problems.add(RosterProblem.of("startDate", "REQUIRED"));
		}
		if (draft.plannedEnd() == null) {
			problems.add(RosterProblem.of("plannedEnd", "REQUIRED"));
		}
		else if (draft.startDate() != null && draft.plannedEnd().isBefore(draft.startDate())) {
			problems.add(RosterProblem.of("plannedEnd", "END_BEFORE_START"));
		}
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		Secondment secondment = secondments.save(new Secondment(draft.cadreNo(), fromUnit, draft.toUnitCode(),
				draft.purpose(), draft.startDate(), draft.plannedEnd(), actor(), Instant.now(clock)));
		audit.record("SECONDMENT_RECORDED", "Secondment", secondment.getId().toString(),
				"from=" + fromUnit + " to=" + draft.toUnitCode() + " start=" + draft.startDate() + " plannedEnd="
						+ draft.plannedEnd());
		return secondment;
	}

	@Transactional
	public Secondment extend(long id, ExtensionDraft draft) {
		Secondment secondment = get(id);
		if (secondment.getStatus() != SecondmentStatus.ON_SECONDMENT) {
			throw DomainException.illegalTransition(secondment.getStatus(), "extend");
		}
		List<RosterProblem> problems = new ArrayList<>();
		if (draft.newEnd() == null) {
			problems.add(RosterProblem.of("newEnd", "REQUIRED"));
		}
		else if (!draft.newEnd().isAfter(secondment.getCurrentEnd())) {
			problems.add(RosterProblem.of("newEnd", "EXTENSION_NOT_LATER", secondment.getCurrentEnd().toString()));
		}
		text(problems, "reason", draft.reason());
		pastDate(problems, "approvedOn", draft.approvedOn(), secondment);
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		LocalDate previous = secondment.getCurrentEnd();
		secondment.extend(draft.newEnd(), draft.reason(), draft.approvedOn(), actor(), Instant.now(clock));
		audit.record("SECONDMENT_EXTENDED", "Secondment", secondment.getId().toString(),
				"previousEnd=" + previous + " newEnd=" + draft.newEnd() + " approvedOn=" + draft.approvedOn());
		return secondment;
	}

	@Transactional
	public Secondment returnCadre(long id, LocalDate returnedOn) {
		Secondment secondment = get(id);
		if (secondment.getStatus() != SecondmentStatus.ON_SECONDMENT) {
			throw DomainException.illegalTransition(secondment.getStatus(), "return");
		}
		List<RosterProblem> problems = new ArrayList<>();
		pastDate(problems, "returnedOn", returnedOn, secondment);
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		secondment.markReturned(returnedOn);
		audit.record("SECONDMENT_RETURNED", "Secondment", secondment.getId().toString(),
				"returnedOn=" + returnedOn + " daysLate=" + secondment.daysReturnedLate());
		return secondment;
	}

	private void pastDate(List<RosterProblem> problems, String field, LocalDate date, Secondment secondment) {
		if (date == null) {
			problems.add(RosterProblem.of(field, "REQUIRED"));
		}
		else if (date.isAfter(today())) {
			problems.add(RosterProblem.of(field, "DATE_IN_FUTURE"));
		}
		else if (date.isBefore(secondment.getStartDate())) {
			problems.add(RosterProblem.of(field, "BEFORE_SECONDMENT_START", secondment.getStartDate().toString()));
		}
	}

	private static void text(List<RosterProblem> problems, String field, String value) {
		if (value == null) {
			problems.add(RosterProblem.of(field, "REQUIRED"));
		}
		else if (value.length() > TEXT_MAX) {
			problems.add(RosterProblem.of(field, "TOO_LONG", TEXT_MAX));
		}
	}

	private static String actor() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? "system" : auth.getName();
	}
}
