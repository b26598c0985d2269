package org.ducha.organization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The roster's consistency rules, checked against the roster as it would be after a change (every unit and
 * cadre, changed or not). Each check looks both ways: a cadre that moves away is checked against the units
 * and cadres that still name it.
 * <ul>
 * <li>codes and employee numbers: required, 1–32 letters, digits, {@code -} or {@code _};</li>
 * <li>a unit's parent exists and is neither the unit nor below it;</li>
 * <li>a unit's principal is a serving cadre of that unit;</li>
 * <li>a unit's supervising district leader is a serving 正处/副处 cadre;</li>
 * <li>a party organization has both a name and a kind, or neither;</li>
 * <li>only one top-level 纪委监委 unit (it decides the district's cases);</li>
 * <li>a cadre's supervising leader is another serving cadre of the same unit.</li>
 * </ul>
 */
final class RosterRules {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,31}");
	static final int NAME_MAX = 200;
	static final int CADRE_NAME_MAX = 100;
	static final int POSITION_MAX = 200;
	private static final Set<Rank> DISTRICT_LEADER_RANKS = EnumSet.of(Rank.ZHENG_CHU, Rank.FU_CHU);

	private final Map<String, UnitDraft> units;
	private final Map<String, CadreDraft> cadres;
	private final Map<String, List<UnitDraft>> principalOf;
	private final Map<String, List<UnitDraft>> districtLeaderOf;
	private final Map<String, List<CadreDraft>> supervisees;

	RosterRules(Map<String, UnitDraft> units, Map<String, CadreDraft> cadres) {
		this.units = units;
		this.cadres = cadres;
		this.principalOf = units.values().stream().filter(u -> u.principalNo() != null)
			.collect(Collectors.groupingBy(UnitDraft::principalNo));
		this.districtLeaderOf = units.values().stream().filter(u -> u.supervisingLeaderNo() != null)
			.collect(Collectors.groupingBy(UnitDraft::supervisingLeaderNo));
		this.supervisees = cadres.values().stream().filter(c -> c.supervisingLeaderNo() != null)
			.collect(Collectors.groupingBy(CadreDraft::supervisingLeaderNo));
	}

	List<RosterProblem> checkUnit(UnitDraft u) {
		List<RosterProblem> problems = new ArrayList<>();
		code(problems, "code", u.code());
		text(problems, "name", u.name(), NAME_MAX, true);
		if (u.type() == null) {
			problems.add(RosterProblem.of("type", "REQUIRED"));
		}
		if (u.parentCode() != null) {
			if (u.parentCode().equals(u.code())) {
				problems.add(RosterProblem.of("parentCode", "PARENT_CYCLE", u.code()));
			}
			else if (!units.containsKey(u.parentCode())) {
				problems.add(RosterProblem.of("parentCode", "UNKNOWN_UNIT", u.parentCode()));
			}
			else if (isBelow(u.parentCode(), u.code())) {
				problems.add(RosterProblem.of("parentCode", "PARENT_CYCLE", u.code()));
			}
		}
		if (u.principalNo() != null) {
			CadreDraft principal = cadres.get(u.principalNo());
			if (principal == null) {
				problems.add(RosterProblem.of("principalNo", "UNKNOWN_CADRE", u.principalNo()));
			}
			else if (!principal.unitCode().equals(u.code())) {
				problems.add(RosterProblem.of("principalNo", "PRINCIPAL_NOT_IN_UNIT", u.principalNo(), u.code()));
			}
			else if (principal.status() != CadreStatus.SERVING) {
				problems.add(RosterProblem.of("principalNo", "CADRE_NOT_SERVING", u.principalNo()));
			}
		}
		if (u.supervisingLeaderNo() != null) {
			CadreDraft leader = cadres.get(u.supervisingLeaderNo());
			if (leader == null) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "UNKNOWN_CADRE", u.supervisingLeaderNo()));
			}
			else if (!DISTRICT_LEADER_RANKS.contains(leader.rank())) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "LEADER_NOT_DISTRICT_LEVEL", u.supervisingLeaderNo()));
			}
			else if (leader.status() != CadreStatus.SERVING) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "CADRE_NOT_SERVING", u.supervisingLeaderNo()));
			}
		}
		text(problems, "partyOrganizationName", u.partyOrganizationName(), NAME_MAX, false);
		if (u.partyOrganizationName() != null && u.partyOrganizationKind() == null) {
			problems.add(RosterProblem.of("partyOrganizationKind", "PARTY_ORG_KIND_REQUIRED"));
		}
		if (u.partyOrganizationName() == null && u.partyOrganizationKind() != null) {
			problems.add(RosterProblem.of("partyOrganizationName", "PARTY_ORG_NAME_REQUIRED"));
		}
		if (u.type() == UnitType.DISCIPLINE && u.parentCode() == null) {
			units.values().stream()
				.filter(o -> !o.code().equals(u.code()) && o.type() == UnitType.DISCIPLINE && o.parentCode() == null)
				.findFirst()
				.ifPresent(o -> problems.add(RosterProblem.of("type", "SECOND_DISTRICT_DISCIPLINE_UNIT", o.code())));
		}
		return problems;
	}

	List<RosterProblem> checkCadre(CadreDraft c) {
		List<RosterProblem> problems = new ArrayList<>();
		code(problems, "cadreNo", c.cadreNo());
		text(problems, "name", c.name(), CADRE_NAME_MAX, true);
		text(problems, "position", c.position(), POSITION_MAX, false);
		if (c.unitCode() == null) {
			problems.add(RosterProblem.of("unitCode", "REQUIRED"));
		}
		else if (!units.containsKey(c.unitCode())) {
			problems.add(RosterProblem.of("unitCode", "UNKNOWN_UNIT", c.unitCode()));
		}
		if (c.rank() == null) {
			problems.add(RosterProblem.of("rank", "REQUIRED"));
		}
		if (c.partyMember() == null) {
			problems.add(RosterProblem.of("partyMember", "REQUIRED"));
		}
		if (c.status() == null) {
			problems.add(RosterProblem.of("status", "REQUIRED"));
		}
		if (c.supervisingLeaderNo() != null) {
			CadreDraft leader = cadres.get(c.supervisingLeaderNo());
			if (c.supervisingLeaderNo().equals(c.cadreNo())) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "SELF_SUPERVISION"));
			}
			else if (leader == null) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "UNKNOWN_CADRE", c.supervisingLeaderNo()));
			}
			else if (c.unitCode() != null && !c.unitCode().equals(leader.unitCode())) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "LEADER_NOT_IN_UNIT", c.supervisingLeaderNo(),
						c.unitCode()));
			}
			else if (c.status() == CadreStatus.SERVING && leader.status() != CadreStatus.SERVING) {
				problems.add(RosterProblem.of("supervisingLeaderNo", "CADRE_NOT_SERVING", c.supervisingLeaderNo()));
			}
		}
		if (c.cadreNo() != null) {
			stillNamedBy(c, problems);
		}
		return problems;
	}

	private void stillNamedBy(CadreDraft c, List<RosterProblem> problems) {
		boolean serving = c.status() == CadreStatus.SERVING;
		for (UnitDraft w : principalOf.getOrDefault(c.cadreNo(), List.of())) {
			if (c.unitCode() != null && !w.code().equals(c.unitCode())) {
				problems.add(RosterProblem.of("unitCode", "STILL_PRINCIPAL_OF", w.code()));
			}
			else if (c.status() != null && !serving) {
				problems.add(RosterProblem.of("status", "STILL_PRINCIPAL_OF", w.code()));
			}
		}
		for (UnitDraft w : districtLeaderOf.getOrDefault(c.cadreNo(), List.of())) {
			if (c.rank() != null && !DISTRICT_LEADER_RANKS.contains(c.rank())) {
				problems.add(RosterProblem.of("rank", "STILL_DISTRICT_LEADER_OF", w.code()));
			}
			else if (c.status() != null && !serving) {
				problems.add(RosterProblem.of("status", "STILL_DISTRICT_LEADER_OF", w.code()));
			}
		}
		for (CadreDraft d : supervisees.getOrDefault(c.cadreNo(), List.of())) {
			if (d.cadreNo().equals(c.cadreNo())) {
				continue;
			}
			if (c.unitCode() != null && !c.unitCode().equals(d.unitCode())) {
				problems.add(RosterProblem.of("unitCode", "STILL_SUPERVISES", d.cadreNo()));
			}
			else if (c.status() != null && !serving && d.status() == CadreStatus.SERVING) {
				problems.add(RosterProblem.of("status", "STILL_SUPERVISES", d.cadreNo()));
			}
		}
	}

	/** Whether {@code code} is {@code ancestor} or lies below it, following parents upwards. */
	private boolean isBelow(String code, String ancestor) {
		Set<String> seen = new HashSet<>();
		String current = code;
		while (current != null && seen.add(current)) {
			if (current.equals(ancestor)) {
				return true;
			}
			UnitDraft unit = units.get(current);
			current = unit == null ? null : unit.parentCode();
		}
		return false;
	}

	private static void code(List<RosterProblem> problems, String field, String value) {
		if (value == null) {
			problems.add(RosterProblem.of(field, "REQUIRED"));
		}
		else if (!CODE.matcher(value).matches()) {
			problems.add(RosterProblem.of(field, "CODE_FORMAT"));
		}
	}

	private static void text(List<RosterProblem> problems, String field, String value, int max, boolean required) {
		if (value == null) {
			if (required) {
				problems.add(RosterProblem.of(field, "REQUIRED"));
			}
		}
		else if (value.length() > max) {
			problems.add(RosterProblem.of(field, "TOO_LONG", max));
		}
	}
}
