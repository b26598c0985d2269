package org.ducha.accountability;

import org.ducha.organization.JurisdictionLevel;

/**
 * Filters of the case list; null means any. {@code unitCode} matches the subject's unit or the deciding unit;
 * {@code overdue} true keeps the UNIT cases past their report deadline and not taken over; {@code drill} the
 * statistics' drill-down filters (never null).
 */
public record CaseFilter(CaseStatus status, JurisdictionLevel jurisdiction, String unitCode, String cadreNo,
		Boolean overdue, CaseDrill drill) {

	public CaseFilter {
		drill = CaseDrill.orNone(drill);
	}

	public CaseFilter(CaseStatus status, JurisdictionLevel jurisdiction, String unitCode, String cadreNo,
			Boolean overdue) {
		this(status, jurisdiction, unitCode, cadreNo, overdue, CaseDrill.NONE);
	}

	public static CaseFilter none() {
		return new CaseFilter(null, null, null, null, null);
	}
}
