package org.ducha.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.ducha.access.CurrentUser;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports naming one cadre (被反映人) that are still open, for the cadre's integrity file and the
 * integrity opinion (SPEC §8.6). Carries no content and no reporter identity: tracking number, status
 * and received date only. Open means registered or accepted (no finding yet).
 */
@Service
@Transactional(readOnly = true)
public class ReportsNamingCadre {

	static final Set<ReportStatus> OPEN = EnumSet.of(ReportStatus.RECEIVED, ReportStatus.ACCEPTED);
	static final Set<ReportStatus> CONCLUDED = EnumSet.of(ReportStatus.CONCLUDED, ReportStatus.ANSWERED);
	static final Set<ReportStatus> ENDED_AT_TRIAGE = EnumSet.of(ReportStatus.NOT_ACCEPTED, ReportStatus.TRANSFERRED,
			ReportStatus.MERGED);

	/** An open report naming the cadre, without content or identity. */
	public record OpenReport(String reportId, String trackingNumber, ReportStatus status, LocalDate receivedOn) {
	}

	private final ReportRepository reports;
	private final ReportViewers viewers;

	ReportsNamingCadre(ReportRepository reports, ReportViewers viewers) {
		this.reports = reports;
		this.viewers = viewers;
	}

	/**
	 * Every open report naming the cadre, whoever asks: for a computed opinion, which shows how many
	 * reports are open and nothing of them. Callers must not show the list itself to anyone.
	 */
	public List<OpenReport> openNaming(String cadreNo) {
		return find(naming(cadreNo));
	}

	/**
	 * Every report naming the cadre that was open on {@code date}, whoever asks (for an opinion as of a past date,
	 * like {@link #openNaming}): received by then and, if it has left RECEIVED/ACCEPTED since, only after the date —
	 * concluded (CONCLUDED, ANSWERED) after it, or refused, transferred or merged after it. A report reopened by a
	 * review request counts as open since its receipt.
	 */
	public List<OpenReport> openNamingOn(String cadreNo, LocalDate date) {
		return find(namingAny(cadreNo).and((root, query, cb) -> cb.and(
				cb.lessThanOrEqualTo(root.get("receivedOn"), date),
				cb.or(root.get("status").in(OPEN),
						cb.and(root.get("status").in(CONCLUDED), cb.greaterThan(root.get("concludedOn"), date)),
						cb.and(root.get("status").in(ENDED_AT_TRIAGE), cb.greaterThan(root.get("decidedOn"), date))))));
	}

	/**
	 * The open reports naming the cadre that this user may see under the report visibility rules: none
	 * for the cadre himself, the users of his (accused) unit, or a role that sees no reports.
	 */
	public List<OpenReport> openNamingVisibleTo(String cadreNo, CurrentUser user) {
		if (user.roles().stream().noneMatch(Reports.VIEWERS::contains)) {
			return List.of();
		}
		return find(ReportVisibilityPolicy.visibleTo(viewers.of(user)).and(naming(cadreNo)));
	}

	private List<OpenReport> find(Specification<Report> query) {
		return reports.findAll(query, Sort.by("receivedOn", "id")).stream()
			.map(r -> new OpenReport(Reports.id(r), r.getTrackingNumber(), r.getStatus(), r.getReceivedOn()))
			.toList();
	}

	private static Specification<Report> naming(String cadreNo) {
		return namingAny(cadreNo).and((root, query, cb) -> root.get("status").in(OPEN));
	}

	private static Specification<Report> namingAny(String cadreNo) {
		return (root, query, cb) -> {
			Subquery<Long> named = query.subquery(Long.class);
			Root<Report> r = named.from(Report.class);
			Join<Report, AccusedPerson> a = r.join("accused");
			named.select(r.get("id")).where(cb.equal(r.get("id"), root.get("id")), cb.equal(a.get("cadreNo"), cadreNo));
			return cb.exists(named);
		};
	}
}
