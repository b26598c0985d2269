package org.ducha.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields a change touches (for the audit trail) and how it is applied to the entities. */
final class RosterChanges {

	private RosterChanges() {
	}

	static List<String> ofUnit(UnitDraft before, UnitDraft after) {
		List<String> changed = new ArrayList<>();
		diff(changed, "name", before.name(), after.name());
		diff(changed, "type", before.type(), after.type());
		diff(changed, "parentCode", before.parentCode(), after.parentCode());
		diff(changed, "principalNo", before.principalNo(), after.principalNo());
		diff(changed, "supervisingLeaderNo", before.supervisingLeaderNo(), after.supervisingLeaderNo());
		diff(changed, "partyOrganizationName", before.partyOrganizationName(), after.partyOrganizationName());
		diff(changed, "partyOrganizationKind", before.partyOrganizationKind(), after.partyOrganizationKind());
		return changed;
	}

	static List<String> ofCadre(CadreDraft before, CadreDraft after) {
		List<String> changed = new ArrayList<>();
		diff(changed, "name", before.name(), after.name());
		diff(changed, "unitCode", before.unitCode(), after.unitCode());
		diff(changed, "position", before.position(), after.position());
		diff(changed, "rank", before.rank(), after.rank());
		diff(changed, "partyMember", before.partyMember(), after.partyMember());
		diff(changed, "supervisingLeaderNo", before.supervisingLeaderNo(), after.supervisingLeaderNo());
		diff(changed, "status", before.status(), after.status());
		return changed;
	}

	static void apply(Unit unit, UnitDraft d) {
		unit.rename(d.name());
		unit.changeType(d.type());
		unit.moveUnder(d.parentCode());
		unit.appointPrincipal(d.principalNo());
		unit.assignSupervisingLeader(d.supervisingLeaderNo());
		unit.setPartyOrganization(d.partyOrganizationName(), d.partyOrganizationKind());
	}

	static void apply(Cadre cadre, CadreDraft d) {
		cadre.update(d.name(), d.unitCode(), d.position(), d.rank(), d.partyMember(), d.supervisingLeaderNo(),
				d.status());
	}

	private static void diff(List<String> changed, String field, Object before, Object after) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}
}
