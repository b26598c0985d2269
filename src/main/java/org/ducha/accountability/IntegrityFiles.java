package org.ducha.accountability;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ducha.access.CurrentUser;
import org.ducha.audit.AuditLog;
import org.ducha.calendar.WorkingCalendar;
import org.ducha.intake.ReportsNamingCadre;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Integrity files and opinions (廉政档案与党风廉政意见回复, SPEC §8.6). The office and LEADER read any
 * cadre's file; a CADRE reads his own, without reports; anyone else: 403. Opinions (office and LEADER)
 * follow {@link IntegrityOpinionRule} over the decisions, the open reports (counted, never shown) and
 * the open cases; the 党风廉政意见回复 answers a list of cadres in one .docx.
 */
@Service
@Transactional(readOnly = true)
public class IntegrityFiles {

	static final int MAX_CADRES_PER_ANSWER = 200;

	private final AccountabilityCases cases;
	private final ReportsNamingCadre reports;
	private final NameClearings nameClearings;
	private final FaultToleranceApplications faultTolerance;
	private final Commendations commendations;
	private final Organization organization;
	private final IntegrityAccess access;
	private final IntegrityOpinionDocument document;
	private final MessageSource messages;
	private final AuditLog audit;
	private final WorkingCalendar calendar;

	IntegrityFiles(AccountabilityCases cases, ReportsNamingCadre reports, NameClearings nameClearings,
			FaultToleranceApplications faultTolerance, Commendations commendations, Organization organization,
			IntegrityAccess access, IntegrityOpinionDocument document, MessageSource messages, AuditLog audit, WorkingCalendar calendar) {
		this.cases = cases;
		this.reports = reports;
		this.nameClearings = nameClearings;
		this.faultTolerance = faultTolerance;
		this.commendations = commendations;
		this.organization = organization;
		this.access = access;
		this.document = document;
		this.messages = messages;
		this.audit = audit;
		this.calendar = calendar;
	}

	/** The cadre's file for the current user; CADRE_NOT_FOUND (404) for an unknown cadre. */
	@Transactional
	public IntegrityFile fileOf(String cadreNo) {
		CurrentUser user = access.requireFileReader(cadreNo);
		Cadre cadre = cadre(cadreNo);
		boolean reportsShown = IntegrityAccess.readsWholeFile(user);
		IntegrityFile file = new IntegrityFile(cadre, unitName(cadre.getUnitCode()), cases.decisionsOf(cadre.getCadreNo()),
				reportsShown ? reports.openNamingVisibleTo(cadre.getCadreNo(), user) : List.of(), reportsShown,
				cases.openCasesNaming(cadre.getCadreNo()), nameClearings.approvedOf(cadre.getCadreNo()),
				faultTolerance.decidedFor(cadre.getCadreNo()), commendations.of(cadre.getCadreNo()));
		audit.record("INTEGRITY_FILE_VIEWED", "Cadre", cadre.getCadreNo(), "reports=" + reportsShown);
		return file;
	}

	/** Refuses (403) a user who may not ask for opinions (office and LEADER may). */
	public void opinionsAllowed() {
		access.require(IntegrityAccess.FILE_READERS);
	}

	/** The opinion on one cadre as of a date (office, LEADER), reasons in the given locale. */
	@Transactional
	public IntegrityOpinionEntry opinionOf(String cadreNo, LocalDate asOf, Locale locale) {
		access.require(IntegrityAccess.FILE_READERS);
		refuseOwnOpinion(List.of(cadreNo));
		IntegrityOpinionEntry entry = entry(cadre(cadreNo), asOf, locale);
		audit.record("INTEGRITY_OPINION_GIVEN", "Cadre", cadreNo, "asOf=" + asOf + " opinion=" + entry.opinion());
		return entry;
	}

	/**
	 * The opinions on a list of cadres (the organization department's promotion candidates), in the
	 * order given, duplicates dropped; VALIDATION_FAILED naming the unknown cadre numbers.
	 */
	@Transactional
	public List<IntegrityOpinionEntry> opinionsOf(List<String> cadreNos, LocalDate asOf, Locale locale) {
		access.require(IntegrityAccess.FILE_READERS);
		refuseOwnOpinion(cadreNos);
		List<Cadre> cadres = resolve(cadreNos, asOf);
		List<IntegrityOpinionEntry> entries = cadres.stream().map(c -> entry(c, asOf, locale)).toList();
		audit.record("INTEGRITY_OPINIONS_GIVEN", "Cadre", "list", "asOf=" + asOf + " cadres="
				+ cadres.stream().map(Cadre::getCadreNo).collect(Collectors.joining(",")));
		return entries;
	}

	/** The 党风廉政意见回复 for the cadres as of the date, in Simplified Chinese, written to {@code out}. */
	@Transactional
	public void writeAnswer(List<String> cadreNos, LocalDate asOf, OutputStream out) {
		List<IntegrityOpinionEntry> entries = opinionsOf(cadreNos, asOf, IntegrityOpinionDocument.LOCALE);
		document.write(entries, asOf, calendar.today(), out);
	}

	/**
	 * Recusal: nobody obtains the integrity opinion on himself (403, whatever the records say). The opinion counts
	 * every open report naming the cadre, including those hidden from him as the accused (SPEC §1), so answering it
	 * would tell him that he is reported, and asking day by day when.
	 */
	private void refuseOwnOpinion(List<String> cadreNos) {
		String own = access.current().cadreNo();
		if (own != null && cadreNos != null && cadreNos.stream().anyMatch(n -> n != null && own.equals(n.strip()))) {
			throw DomainException.forbidden("no integrity opinion on oneself");
		}
	}

	private List<Cadre> resolve(List<String> cadreNos, LocalDate asOf) {
		List<DomainException.FieldError> errors = new ArrayList<>();
		LinkedHashSet<String> nos = new LinkedHashSet<>();
		if (cadreNos != null) {
			cadreNos.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).forEach(nos::add);
		}
		if (nos.isEmpty()) {
			errors.add(new DomainException.FieldError("cadreNos", "required"));
		}
		else if (nos.size() > MAX_CADRES_PER_ANSWER) {
			errors.add(new DomainException.FieldError("cadreNos", "at most " + MAX_CADRES_PER_ANSWER));
		}
		List<Cadre> cadres = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String no : nos) {
			organization.findCadre(no).ifPresentOrElse(cadres::add, () -> unknown.add(no));
		}
		if (!unknown.isEmpty()) {
			errors.add(new DomainException.FieldError("cadreNos", "unknown: " + String.join(", ", unknown)));
		}
		if (asOf == null) {
			errors.add(new DomainException.FieldError("asOf", "required"));
		}
		if (!errors.isEmpty()) {
			throw DomainException.validation(errors);
		}
		return cadres;
	}

	private IntegrityOpinionEntry entry(Cadre cadre, LocalDate asOf, Locale locale) {
		String no = cadre.getCadreNo();
		List<IntegrityOpinionRule.Decision> decisions = cases.decisionsOf(no).stream()
			.map(d -> new IntegrityOpinionRule.Decision(d.caseId(), formsLabel(d, locale), d.decidedOn(), d.effectUntil(),
					d.permanent(), d.revoked()))
			.toList();
		List<IntegrityOpinionRule.OpenMatter> open = new ArrayList<>();
		// a report is open at the date when it was open then, even if concluded since
		reports.openNamingOn(no, asOf).forEach(r -> open.add(new IntegrityOpinionRule.OpenMatter(
				IntegrityOpinionRule.OpenMatter.Kind.REPORT, r.reportId(), r.receivedOn())));
		// a case is open at the date when it is still undecided, or was decided or ended only after the date
		cases.casesNaming(no).stream()
			.filter(c -> c.undecided() || (c.decision() != null && c.decision().decidedOn().isAfter(asOf))
					|| endedAfter(c, asOf))
			.forEach(c -> open.add(new IntegrityOpinionRule.OpenMatter(IntegrityOpinionRule.OpenMatter.Kind.CASE, c.id(),
					c.openedOn())));
		IntegrityOpinionRule.Result result = IntegrityOpinionRule.opinionOf(decisions, open, asOf);
		List<String> reasons = result.reasons().stream()
			.map(r -> messages.getMessage(r.key(), r.args().stream().map(String::valueOf).toArray(), locale))
			.toList();
		return new IntegrityOpinionEntry(no, cadre.getName(), unitName(cadre.getUnitCode()), cadre.getPosition(), asOf,
				result.opinion(), reasons);
	}

	/** A case NOT_PURSUED or EXEMPTED after the date (the district date of that step of its timeline). */
	private boolean endedAfter(CaseView c, LocalDate asOf) {
		if (c.status() != CaseStatus.NOT_PURSUED && c.status() != CaseStatus.EXEMPTED) {
			return false;
		}
		return c.timeline().stream()
			.filter(step -> step.action().equals(c.status().name()))
			.reduce((first, second) -> second)
			.map(step -> step.occurredAt().atZone(calendar.zone()).toLocalDate().isAfter(asOf))
			.orElse(false);
	}

	private String formsLabel(DecisionRecord decision, Locale locale) {
		return decision.forms().stream()
			.map(f -> messages.getMessage("integrity.form." + f.name(), null, f.name(), locale))
			.collect(Collectors.joining(locale.getLanguage().equals("zh") ? "、" : ", "));
	}

	private Cadre cadre(String cadreNo) {
		return organization.findCadre(cadreNo == null ? "" : cadreNo.strip())
			.orElseThrow(() -> DomainException.notFound("CADRE_NOT_FOUND", "no such cadre"));
	}

	private String unitName(String unitCode) {
		return unitCode == null ? "" : organization.findUnit(unitCode).map(Unit::getName).orElse(unitCode);
	}
}
