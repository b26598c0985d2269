package org.ducha.organization.web;

import org.ducha.organization.Cadre;
import org.ducha.organization.CadreDraft;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.Rank;

/** The cadre form; the employee number is only editable on a new cadre. */
record CadreForm(String cadreNo, String name, String unitCode, String position, Rank rank, Boolean partyMember,
		String supervisingLeaderNo, CadreStatus status) {

	static CadreForm empty(String unitCode) {
		return new CadreForm(null, null, unitCode, null, null, Boolean.FALSE, null, CadreStatus.SERVING);
	}

	static CadreForm of(Cadre cadre) {
		return new CadreForm(cadre.getCadreNo(), cadre.getName(), cadre.getUnitCode(), cadre.getPosition(),
				cadre.getRank(), cadre.isPartyMember(), cadre.getSupervisingLeaderNo(), cadre.getStatus());
	}

	CadreDraft toDraft() {
		return new CadreDraft(cadreNo, name, unitCode, position, rank, Boolean.TRUE.equals(partyMember),
				supervisingLeaderNo, status);
	}
}
