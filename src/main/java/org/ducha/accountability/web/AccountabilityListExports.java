package org.ducha.accountability.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ducha.accountability.AccountabilityCases;
import org.ducha.accountability.CandidateView;
import org.ducha.accountability.FaultToleranceApplication;
import org.ducha.accountability.FaultToleranceApplications;
import org.ducha.accountability.IntegrityReportLead;
import org.ducha.accountability.NameClearing;
import org.ducha.accountability.NameClearings;
import org.ducha.organization.Cadre;
import org.ducha.organization.Organization;
import org.ducha.organization.Unit;
import org.ducha.web.XlsxColumn;
import org.ducha.web.XlsxExports;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The export buttons of the candidate list, the fault-tolerance list and the name-clearing page, and
 * through {@link AccountabilityExportApi} {@code ?format=xlsx} on {@code /api/v1/accountability-candidates}: the lists the pages show, read through
 * the same services, which decide who may see them (the office; the fault-tolerance list also LEADER). These
 * lists are short (open candidates, applications, clearings), held in memory as the pages hold them.
 */
@Controller
class AccountabilityListExports {

	private final AccountabilityCases cases;
	private final FaultToleranceApplications applications;
	private final NameClearings clearings;
	private final Organization organization;
	private final XlsxExports xlsx;
	private final MessageSource messages;

	AccountabilityListExports(AccountabilityCases cases, FaultToleranceApplications applications,
			NameClearings clearings, Organization organization, XlsxExports xlsx, MessageSource messages) {
		this.cases = cases;
		this.applications = applications;
		this.clearings = clearings;
		this.organization = organization;
		this.xlsx = xlsx;
		this.messages = messages;
	}

	@GetMapping(path = "/accountability/candidates", params = "format=xlsx")
	void candidates(HttpServletResponse response) throws IOException {
		List<CandidateView> candidates = cases.openCandidates();
		Map<String, String> units = organization.allUnits().stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
		Map<String, Cadre> cadres = organization.cadresByNo(candidates.stream()
			.flatMap(c -> c.suggestedCadreNos().stream()).distinct().toList());
		List<XlsxColumn<CandidateView>> columns = List.of(
				XlsxColumn.of("accountability.candidates.col.assignment", CandidateView::assignmentId),
				XlsxColumn.of("accountability.field.unit", c -> units.getOrDefault(c.unitCode(), c.unitCode())),
				XlsxColumn.of("accountability.candidates.col.reason", c -> text("accountability.flag." + c.reason())),
				XlsxColumn.of("accountability.candidates.col.flaggedOn", CandidateView::flaggedOn),
				XlsxColumn.of("accountability.candidates.col.problem", CandidateView::problemId),
				XlsxColumn.of("accountability.candidates.col.description", CandidateView::problemDescription),
				XlsxColumn.of("accountability.candidates.col.suggested", c -> c.suggestedCadreNos().stream()
					.map(n -> cadres.containsKey(n) ? cadres.get(n).getName() + "（" + n + "）" : n)
					.collect(Collectors.joining("、"))));
		xlsx.respond(response, "accountability-candidates", columns, candidates::forEach);
	}

	@GetMapping(path = "/fault-tolerance", params = "format=xlsx")
	void faultTolerance(HttpServletResponse response) throws IOException {
		List<FaultToleranceApplication> all = applications.all();
		List<XlsxColumn<FaultToleranceApplication>> columns = List.of(
				XlsxColumn.of("integrity.ft.col.id", FaultToleranceApplication::getId),
				XlsxColumn.of("integrity.ft.col.case", FaultToleranceApplication::getCaseId),
				XlsxColumn.of("integrity.ft.col.status", a -> text("integrity.ft.status." + a.getStatus())),
				XlsxColumn.of("integrity.ft.col.appliedOn", FaultToleranceApplication::getAppliedOn),
				XlsxColumn.of("integrity.ft.col.applicantKind", a -> text("integrity.ft.applicantKind." + a.getApplicantKind())),
				XlsxColumn.of("integrity.ft.outcome", a -> a.getOutcome() == null ? null
						: text("integrity.ft.outcome." + a.getOutcome())),
				XlsxColumn.of("integrity.ft.col.decidedOn", FaultToleranceApplication::getDecidedOn),
				XlsxColumn.of("integrity.ft.col.statement", FaultToleranceApplication::getStatement));
		xlsx.respond(response, "fault-tolerance-applications", columns, all::forEach);
	}

	/** The clearings awaiting the director, or with {@code list=reports} the reports concluded UNSUBSTANTIATED. */
	@GetMapping(path = "/name-clearings", params = "format=xlsx")
	void nameClearings(@RequestParam(required = false) String list, HttpServletResponse response) throws IOException {
		if ("reports".equals(list)) {
			List<IntegrityReportLead> leads = clearings.unsubstantiatedReports();
			List<XlsxColumn<IntegrityReportLead>> columns = List.of(
					XlsxColumn.of("integrity.nc.col.trackingNumber", IntegrityReportLead::getTrackingNumber),
					XlsxColumn.of("integrity.nc.col.concludedOn", IntegrityReportLead::getConcludedOn),
					XlsxColumn.of("integrity.nc.col.named",
							l -> text(l.isNamed() ? "integrity.nc.named" : "integrity.nc.anonymous")));
			xlsx.respond(response, "unsubstantiated-reports", columns, leads::forEach);
			return;
		}
		List<NameClearing> awaiting = clearings.awaitingApproval();
		Map<String, Cadre> cadres = organization.cadresByNo(awaiting.stream().map(NameClearing::getCadreNo).toList());
		List<XlsxColumn<NameClearing>> columns = List.of(
				XlsxColumn.of("integrity.nc.col.trackingNumber", NameClearing::getTrackingNumber),
				XlsxColumn.of("integrity.nc.cadre", c -> cadres.containsKey(c.getCadreNo())
						? cadres.get(c.getCadreNo()).getName() : c.getCadreNo()),
				XlsxColumn.of("integrity.nc.method", c -> text("integrity.nc.method." + c.getMethod())),
				XlsxColumn.of("integrity.nc.scope", NameClearing::getScope),
				XlsxColumn.of("integrity.nc.col.proposedBy", NameClearing::getProposedBy),
				XlsxColumn.of("integrity.nc.col.proposedOn", NameClearing::getProposedOn));
		xlsx.respond(response, "name-clearings", columns, awaiting::forEach);
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
	}
}
