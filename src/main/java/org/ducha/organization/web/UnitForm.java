package org.ducha.organization.web;

import org.ducha.organization.PartyOrganizationKind;
import org.ducha.organization.Unit;
import org.ducha.organization.UnitDraft;
import org.ducha.organization.UnitType;

/** The unit form; the code is only editable on a new unit. */
record UnitForm(String code, String name, UnitType type, String parentCode, String principalNo,
		String supervisingLeaderNo, String partyOrganizationName, PartyOrganizationKind partyOrganizationKind) {

	static UnitForm empty(String parentCode) {
		return new UnitForm(null, null, null, parentCode, null, null, null, null);
	}

	static UnitForm of(Unit unit) {
		return new UnitForm(unit.getCode(), unit.getName(), unit.getType(), unit.getParentCode(), unit.getPrincipalNo(),
				unit.getSupervisingLeaderNo(), unit.getPartyOrganizationName(), unit.getPartyOrganizationKind());
	}

	UnitDraft toDraft() {
		return new UnitDraft(code, name, type, parentCode, principalNo, supervisingLeaderNo, partyOrganizationName,
				partyOrganizationKind);
	}
}
