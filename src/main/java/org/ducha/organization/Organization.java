package org.ducha.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.audit.AuditLog;
import org.ducha.shared.DomainException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The org tree and the cadre roster: what other modules read (units, cadres, data scope, jurisdiction, the
 * leaders answerable for a cadre) and the administrator's changes, each checked by {@link RosterRules} and
 * audited.
 */
@Service
@Transactional(readOnly = true)
public class Organization {

	private final UnitRepository units;
	private final CadreRepository cadres;
	private final AuditLog audit;
	private final OrganizationMessages messages;
	private final UnitTree tree;

	Organization(UnitRepository units, CadreRepository cadres, AuditLog audit, OrganizationMessages messages,
			UnitTree tree) {
		this.units = units;
		this.tree = tree;
		this.cadres = cadres;
		this.audit = audit;
		this.messages = messages;
	}

	public Optional<Unit> findUnit(String code) {
		return code == null ? Optional.empty() : units.findByCode(code);
	}

	public Optional<Cadre> findCadre(String cadreNo) {
		return cadreNo == null ? Optional.empty() : cadres.findByCadreNo(cadreNo);
	}

	public Unit unit(String code) {
		return findUnit(code).orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "unit " + code + " not found"));
	}

	public Cadre cadre(String cadreNo) {
		return findCadre(cadreNo)
			.orElseThrow(() -> DomainException.notFound("CADRE_NOT_FOUND", "cadre " + cadreNo + " not found"));
	}

	public List<Unit> allUnits() {
		return units.findAllByOrderByCodeAsc();
	}

	/**
	 * Every unit's name by its code, in code order, from the in-memory tree (no read of the units): for
	 * lists that name units and offer them as a filter on every request. A unit created or renamed
	 * through this module shows at once; a change made elsewhere (another node, SQL) within 30 s.
	 */
	public Map<String, String> unitNames() {
		return tree.names();
	}

	public List<Cadre> allCadres() {
		return cadres.findAllByOrderByCadreNoAsc();
	}

	public List<Cadre> cadresOf(String unitCode) {
		return cadres.findByUnitCodeOrderByCadreNoAsc(unitCode);
	}

	public List<Unit> childrenOf(String unitCode) {
		return units.findByParentCodeOrderByCodeAsc(unitCode);
	}

	/** The cadres whose supervising leader (分管领导) is the given cadre. */
	public List<Cadre> superviseesOf(String cadreNo) {
		return cadres.findBySupervisingLeaderNoOrderByCadreNoAsc(cadreNo);
	}

	/** The cadres with these employee numbers, by number; unknown numbers are left out. */
	public Map<String, Cadre> cadresByNo(Collection<String> cadreNos) {
		List<String> wanted = cadreNos.stream().filter(Objects::nonNull).distinct().toList();
		if (wanted.isEmpty()) {
			return Map.of();
		}
		return cadres.findByCadreNoIn(wanted).stream()
			.collect(Collectors.toMap(Cadre::getCadreNo, Function.identity()));
	}

	public Page<Unit> searchUnits(UnitType type, String parentCode, Pageable pageable) {
		return units.search(type, blankToNull(parentCode), pageable);
	}

	/** Cadres matching every given filter; {@code text} matches name, employee number or position. */
	public Page<Cadre> searchCadres(String unitCode, Rank rank, CadreStatus status, String text, Pageable pageable) {
		String t = blankToNull(text);
		String pattern = t == null ? null
				: "%" + t.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return cadres.search(blankToNull(unitCode), rank, status, pattern, pageable);
	}

	/** The unit and every unit below it: the data scope of a unit role (SPEC §1). */
	public Set<String> subtreeCodes(String unitCode) {
		return tree.subtree(unitCode);
	}

	public long unitCount() {
		return units.count();
	}

	public long cadreCount() {
		return cadres.count();
	}

	// --- jurisdiction and the leaders answerable for a cadre (SPEC §2, §8.2)

	/** The jurisdiction rule over the current org tree. */
	public JurisdictionPolicy jurisdictionPolicy() {
		return new JurisdictionPolicy(units.findAll());
	}

	/** Who decides accountability for this cadre, from the cadre's current rank and unit. */
	public Jurisdiction jurisdictionOf(String cadreNo) {
		return jurisdictionPolicy().forCadre(cadre(cadreNo));
	}

	/** Who decides accountability for the party organization of this unit. */
	public Jurisdiction jurisdictionOfPartyOrganization(String unitCode) {
		return jurisdictionPolicy().forPartyOrganizationOf(unit(unitCode).getCode());
	}

	/** The unit's principal (一把手), if it has one. */
	public Optional<Cadre> principalOf(String unitCode) {
		return findCadre(unit(unitCode).getPrincipalNo());
	}

	/** The district leader supervising the unit (分管区领导), if it has one. */
	public Optional<Cadre> supervisingDistrictLeaderOf(String unitCode) {
		return findCadre(unit(unitCode).getSupervisingLeaderNo());
	}

	/**
	 * The cadre's supervising leader (分管领导) as 一案双究 reads it: for the principal of the cadre's unit, the
	 * unit's supervising district leader; for anyone else, the supervising leader recorded on the cadre.
	 */
	public Optional<Cadre> supervisingLeaderOf(String cadreNo) {
		Cadre cadre = cadre(cadreNo);
		Unit unit = unit(cadre.getUnitCode());
		if (cadre.getCadreNo().equals(unit.getPrincipalNo())) {
			return findCadre(unit.getSupervisingLeaderNo());
		}
		return findCadre(cadre.getSupervisingLeaderNo());
	}

	// --- the administrator's changes

	@Transactional
	public Unit createUnit(UnitDraft draft) {
		Roster roster = roster();
		List<RosterProblem> problems = new ArrayList<>();
		if (draft.code() != null && roster.units().containsKey(draft.code())) {
			problems.add(RosterProblem.of("code", "DUPLICATE_UNIT_CODE", draft.code()));
		}
		else if (draft.code() != null) {
			roster.units().put(draft.code(), draft);
		}
		problems.addAll(roster.rules().checkUnit(draft));
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		Unit unit = new Unit(draft.code(), draft.name(), draft.type(), draft.parentCode());
		unit.setPartyOrganization(draft.partyOrganizationName(), draft.partyOrganizationKind());
		unit.appointPrincipal(draft.principalNo());
		unit.assignSupervisingLeader(draft.supervisingLeaderNo());
		units.save(unit);
		tree.invalidate();
		audit.record("UNIT_CREATED", "Unit", unit.getCode(), "type=" + unit.getType());
		return unit;
	}

	@Transactional
	public Unit updateUnit(String code, UnitDraft draft) {
		Unit unit = unit(code);
		UnitDraft target = draft.withCode(unit.getCode());
		Roster roster = roster();
		roster.units().put(target.code(), target);
		List<RosterProblem> problems = roster.rules().checkUnit(target);
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		List<String> changed = RosterChanges.ofUnit(UnitDraft.of(unit), target);
		if (!changed.isEmpty()) {
			RosterChanges.apply(unit, target);
			tree.invalidate();
			audit.record("UNIT_UPDATED", "Unit", unit.getCode(), "changed=" + String.join(",", changed));
		}
		return unit;
	}

	@Transactional
	public Cadre createCadre(CadreDraft draft) {
		Roster roster = roster();
		List<RosterProblem> problems = new ArrayList<>();
		if (draft.cadreNo() != null && roster.cadres().containsKey(draft.cadreNo())) {
			problems.add(RosterProblem.of("cadreNo", "DUPLICATE_CADRE_NO", draft.cadreNo()));
		}
		else if (draft.cadreNo() != null) {
			roster.cadres().put(draft.cadreNo(), draft);
		}
		problems.addAll(roster.rules().checkCadre(draft));
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		Cadre cadre = new Cadre(draft.cadreNo(), draft.name(), draft.unitCode(), draft.position(), draft.rank(),
				draft.partyMember(), draft.supervisingLeaderNo());
		cadre.update(draft.name(), draft.unitCode(), draft.position(), draft.rank(), draft.partyMember(),
				draft.supervisingLeaderNo(), draft.status());
		cadres.save(cadre);
		audit.record("CADRE_CREATED", "Cadre", cadre.getCadreNo(), "unit=" + cadre.getUnitCode());
		return cadre;
	}

	@Transactional
	public Cadre updateCadre(String cadreNo, CadreDraft draft) {
		Cadre cadre = cadre(cadreNo);
		CadreDraft target = draft.withCadreNo(cadre.getCadreNo());
		Roster roster = roster();
		roster.cadres().put(target.cadreNo(), target);
		List<RosterProblem> problems = roster.rules().checkCadre(target);
		if (!problems.isEmpty()) {
			throw messages.validation(problems);
		}
		List<String> changed = RosterChanges.ofCadre(CadreDraft.of(cadre), target);
		if (!changed.isEmpty()) {
			RosterChanges.apply(cadre, target);
			audit.record("CADRE_UPDATED", "Cadre", cadre.getCadreNo(), "changed=" + String.join(",", changed));
		}
		return cadre;
	}

	/** The whole roster as drafts, to check a change against what the roster would become. */
	Roster roster() {
		Map<String, UnitDraft> unitDrafts = new LinkedHashMap<>();
		units.findAll().forEach(u -> unitDrafts.put(u.getCode(), UnitDraft.of(u)));
		Map<String, CadreDraft> cadreDrafts = new LinkedHashMap<>();
		cadres.findAll().forEach(c -> cadreDrafts.put(c.getCadreNo(), CadreDraft.of(c)));
		return new Roster(unitDrafts, cadreDrafts);
	}

	record Roster(Map<String, UnitDraft> units, Map<String, CadreDraft> cadres) {

		RosterRules rules() {
			return new RosterRules(units, cadres);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
