package org.ducha.organization;

/**
 * What an administrator or a roster import says a cadre should be. Blank strings mean "none"; the employee
 * number is stable and only taken when the cadre is created.
 */
public record CadreDraft(String cadreNo, String name, String unitCode, String position, Rank rank,
		Boolean partyMember, String supervisingLeaderNo, CadreStatus status) {

	public CadreDraft {
		cadreNo = UnitDraft.trimToNull(cadreNo);
		name = UnitDraft.trimToNull(name);
		unitCode = UnitDraft.trimToNull(unitCode);
		position = UnitDraft.trimToNull(position);
		supervisingLeaderNo = UnitDraft.trimToNull(supervisingLeaderNo);
	}

	public static CadreDraft of(Cadre cadre) {
		return new CadreDraft(cadre.getCadreNo(), cadre.getName(), cadre.getUnitCode(), cadre.getPosition(),
				cadre.getRank(), cadre.isPartyMember(), cadre.getSupervisingLeaderNo(), cadre.getStatus());
	}

	CadreDraft withCadreNo(String cadreNo) {
		return new CadreDraft(cadreNo, name, unitCode, position, rank, partyMember, supervisingLeaderNo, status);
	}
}
