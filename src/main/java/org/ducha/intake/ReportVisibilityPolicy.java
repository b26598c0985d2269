package org.ducha.intake;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.ducha.access.Role;
import org.springframework.data.jpa.domain.Specification;

/**
 * Who sees a report (SPEC §1), as listed rules:
 * <ol>
 * <li>OFFICER, OFFICE_DIRECTOR and LEADER see every report of the district;</li>
 * <li>INTAKE_OFFICER sees the reports it registered;</li>
 * <li>every other role (the three administrators included) sees none;</li>
 * <li>whatever the role, a user whose cadre is among the accused never sees the report;</li>
 * <li>whatever the role, a user whose unit is an accused unit, or a unit below one, never sees it.</li>
 * </ol>
 * Hidden means absent: 404 {@code REPORT_NOT_FOUND}, and missing from every list and count, because
 * lists apply {@link #visibleTo} inside the query, before paging. The same accused test decides
 * recusal (回避): such a user cannot handle the report.
 */
final class ReportVisibilityPolicy {

	/**
	 * The user as the policy sees them: roles, cadre, and the lineage of their unit (the unit and
	 * every unit above it), because a user below an accused unit belongs to it.
	 */
	record Viewer(String username, String cadreNo, Set<String> unitLineage, Set<Role> roles) {

		Viewer {
			unitLineage = Set.copyOf(unitLineage);
			roles = Set.copyOf(roles);
		}
	}

	/** What a role opens before the accused rules take away. */
	enum Reach {
		ALL, OWN_REGISTERED, NONE
	}

	private ReportVisibilityPolicy() {
	}

	static Reach reachOf(Set<Role> roles) {
		if (roles.contains(Role.OFFICER) || roles.contains(Role.OFFICE_DIRECTOR) || roles.contains(Role.LEADER)) {
			return Reach.ALL;
		}
		if (roles.contains(Role.INTAKE_OFFICER)) {
			return Reach.OWN_REGISTERED;
		}
		return Reach.NONE;
	}

	/** Rules 4 and 5: the user is accused in person or belongs to an accused unit (or one below it). */
	static boolean isAccused(Viewer viewer, Collection<String> accusedCadreNos, Collection<String> accusedUnitCodes) {
		if (viewer.cadreNo() != null && accusedCadreNos.contains(viewer.cadreNo())) {
			return true;
		}
		return accusedUnitCodes.stream().anyMatch(viewer.unitLineage()::contains);
	}

	static boolean maySee(Viewer viewer, Report report) {
		return maySee(viewer, report.getRegisteredBy(), report.accusedCadreNos(), report.accusedUnitCodes());
	}

	static boolean maySee(Viewer viewer, String registeredBy, List<String> accusedCadreNos, List<String> accusedUnitCodes) {
		boolean reached = switch (reachOf(viewer.roles())) {
			case ALL -> true;
			case OWN_REGISTERED -> viewer.username().equals(registeredBy);
			case NONE -> false;
		};
		return reached && !isAccused(viewer, accusedCadreNos, accusedUnitCodes);
	}

	/** The same rules as a query condition with parameters, for lists and counts. */
	static Specification<Report> visibleTo(Viewer viewer) {
		return (root, query, cb) -> {
			Predicate reach = switch (reachOf(viewer.roles())) {
				case ALL -> cb.conjunction();
				case OWN_REGISTERED -> cb.equal(root.get("registeredBy"), viewer.username());
				case NONE -> cb.disjunction();
			};
			Predicate result = reach;
			if (viewer.cadreNo() != null) {
				Subquery<Long> accusedInPerson = query.subquery(Long.class);
				Root<Report> r = accusedInPerson.from(Report.class);
				Join<Report, AccusedPerson> a = r.join("accused");
				accusedInPerson.select(r.get("id"))
					.where(cb.equal(r.get("id"), root.get("id")), cb.equal(a.get("cadreNo"), viewer.cadreNo()));
				result = cb.and(result, cb.not(cb.exists(accusedInPerson)));
			}
			if (!viewer.unitLineage().isEmpty()) {
				result = cb.and(result, cb.not(cb.exists(accusedUnitIn(query.subquery(Long.class), root, cb,
						viewer.unitLineage()))));
			}
			return result;
		};
	}

	private static Subquery<Long> accusedUnitIn(Subquery<Long> subquery, Root<Report> root, CriteriaBuilder cb,
			Set<String> unitCodes) {
		Root<Report> r = subquery.from(Report.class);
		Join<Report, AccusedUnit> u = r.join("accusedUnits");
		return subquery.select(r.get("id")).where(cb.equal(r.get("id"), root.get("id")), u.get("unitCode").in(unitCodes));
	}
}
