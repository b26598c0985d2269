package org.ducha.organization;

import java.time.LocalDate;

/** A secondment to record; a missing {@code fromUnitCode} means the cadre's own unit. */
public record SecondmentDraft(String cadreNo, String fromUnitCode, String toUnitCode, String purpose,
		LocalDate startDate, LocalDate plannedEnd) {

	public SecondmentDraft {
		cadreNo = UnitDraft.trimToNull(cadreNo);
		fromUnitCode = UnitDraft.trimToNull(fromUnitCode);
		toUnitCode = UnitDraft.trimToNull(toUnitCode);
		purpose = UnitDraft.trimToNull(purpose);
	}
}
