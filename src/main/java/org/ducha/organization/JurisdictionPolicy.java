package org.ducha.organization;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ducha.shared.DomainException;

/**
 * 干部管理权限 (SPEC §2): who decides accountability for a cadre or a unit's party organization, over a
 * snapshot of the org tree.
 * <ol>
 * <li>正处/副处 → {@code CITY}: referred to the city, no deciding unit in the district.</li>
 * <li>正科/副科 → {@code DISTRICT}: the district's discipline unit (the top-level 纪委监委).</li>
 * <li>股级/一般干部 → {@code UNIT}: the cadre's own unit.</li>
 * <li>村(社区)干部 → {@code UNIT}: the first 乡镇/街道 at or above the cadre's unit; none is an error.</li>
 * <li>a unit's party organization → {@code DISTRICT}: the district's discipline unit.</li>
 * </ol>
 */
public final class JurisdictionPolicy {

	private final Map<String, Unit> units = new LinkedHashMap<>();

	public JurisdictionPolicy(Collection<Unit> units) {
		units.forEach(u -> this.units.put(u.getCode(), u));
	}

	public Jurisdiction forCadre(Cadre cadre) {
		return forCadre(cadre.getRank(), cadre.getUnitCode());
	}

	public Jurisdiction forCadre(Rank rank, String unitCode) {
		Unit unit = unit(unitCode);
		return switch (rank) {
			case ZHENG_CHU, FU_CHU -> Jurisdiction.city();
			case ZHENG_KE, FU_KE -> Jurisdiction.district(districtDisciplineUnitCode());
			case GU, STAFF -> Jurisdiction.unit(unit.getCode());
			case VILLAGE -> Jurisdiction.unit(townshipAtOrAbove(unit));
		};
	}

	/** A case against a unit's party organization is decided by the district. */
	public Jurisdiction forPartyOrganizationOf(String unitCode) {
		Unit unit = unit(unitCode);
		if (unit.getPartyOrganizationName() == null) {
			throw DomainException.conflict("NO_PARTY_ORGANIZATION", "unit " + unitCode + " has no party organization",
					unitCode);
		}
		return Jurisdiction.district(districtDisciplineUnitCode());
	}

	/** The single top-level unit of type DISCIPLINE (JW in the demo district). */
	public String districtDisciplineUnitCode() {
		List<Unit> candidates = units.values().stream()
			.filter(u -> u.getType() == UnitType.DISCIPLINE && u.getParentCode() == null)
			.toList();
		if (candidates.size() != 1) {
			throw DomainException.conflict("NO_DISTRICT_DISCIPLINE_UNIT",
					"expected exactly one top-level DISCIPLINE unit, found " + candidates.size());
		}
		return candidates.getFirst().getCode();
	}

	private String townshipAtOrAbove(Unit start) {
		Set<String> seen = new HashSet<>();
		Unit current = start;
		while (current != null && seen.add(current.getCode())) {
			if (current.getType() == UnitType.TOWNSHIP) {
				return current.getCode();
			}
			current = current.getParentCode() == null ? null : units.get(current.getParentCode());
		}
		throw DomainException.conflict("VILLAGE_WITHOUT_TOWNSHIP",
				"no TOWNSHIP unit at or above " + start.getCode() + " to decide for village cadres", start.getCode());
	}

	private Unit unit(String unitCode) {
		Unit unit = unitCode == null ? null : units.get(unitCode);
		if (unit == null) {
			throw DomainException.notFound("UNIT_NOT_FOUND", "unit " + unitCode + " not found");
		}
		return unit;
	}
}
