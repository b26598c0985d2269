package org.ducha.organization;

/**
 * What an administrator or a roster import says a unit should be. Blank strings mean "none"; the code is
 * stable and only taken when the unit is created.
 */
public record UnitDraft(String code, String name, UnitType type, String parentCode, String principalNo,
		String supervisingLeaderNo, String partyOrganizationName, PartyOrganizationKind partyOrganizationKind) {

	public UnitDraft {
		code = trimToNull(code);
		name = trimToNull(name);
		parentCode = trimToNull(parentCode);
		principalNo = trimToNull(principalNo);
		supervisingLeaderNo = trimToNull(supervisingLeaderNo);
		partyOrganizationName = trimToNull(partyOrganizationName);
	}

	public static UnitDraft of(Unit unit) {
		return new UnitDraft(unit.getCode(), unit.getName(), unit.getType(), unit.getParentCode(),
				unit.getPrincipalNo(), unit.getSupervisingLeaderNo(), unit.getPartyOrganizationName(),
				unit.getPartyOrganizationKind());
	}

	UnitDraft withCode(String code) {
		return new UnitDraft(code, name, type, parentCode, principalNo, supervisingLeaderNo, partyOrganizationName,
				partyOrganizationKind);
	}

	static String trimToNull(String s) {
		if (s == null) {
			return null;
		}
		String t = s.strip();
		return t.isEmpty() ? null : t;
	}
}
