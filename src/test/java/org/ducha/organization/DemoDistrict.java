package org.ducha.organization;

import java.util.List;

/** The demo district of DEMO.md as plain objects, for rule tests without a database. */
final class DemoDistrict {

	private DemoDistrict() {
	}

	static List<Unit> units() {
		return OrganizationDemoData.UNITS.stream().map(u -> {
			Unit unit = new Unit(u.code(), u.name(), u.type(), u.parent());
			unit.setPartyOrganization(u.partyOrg(), u.kind());
			unit.appointPrincipal(u.principal());
			unit.assignSupervisingLeader(u.leader());
			return unit;
		}).toList();
	}

	static List<Cadre> cadres() {
		return OrganizationDemoData.CADRES.stream()
			.map(c -> new Cadre(c.no(), c.name(), c.unit(), c.position(), c.rank(), c.party(), c.supervisor()))
			.toList();
	}

	static Cadre cadre(String no) {
		return cadres().stream().filter(c -> c.getCadreNo().equals(no)).findFirst().orElseThrow();
	}
}
