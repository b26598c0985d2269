package org.ducha.accountability;

import org.ducha.organization.Rank;

/**
 * Who a case is against, as the roster read at opening: a cadre ({@code cadreNo}, the cadre's unit, position,
 * rank, party membership) or a unit's party organization ({@code cadreNo} null, the unit's code, the party
 * organization's name).
 */
public record CaseSubject(SubjectKind kind, String cadreNo, String unitCode, String name, String position, Rank rank,
		boolean partyMember) {
}
