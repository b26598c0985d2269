package org.ducha.organization;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The org tree and the cadre roster, as other modules read them. */
@Service
@Transactional(readOnly = true)
public class Organization {

	private final UnitRepository units;
	private final CadreRepository cadres;

	Organization(UnitRepository units, CadreRepository cadres) {
		this.units = units;
		this.cadres = cadres;
	}

	public Optional<Unit> findUnit(String code) {
		return code == null ? Optional.empty() : units.findByCode(code);
	}

	public Optional<Cadre> findCadre(String cadreNo) {
		return cadreNo == null ? Optional.empty() : cadres.findByCadreNo(cadreNo);
	}

	public List<Unit> allUnits() {
		return units.findAllByOrderByCodeAsc();
	}

	public List<Cadre> allCadres() {
		return cadres.findAllByOrderByCadreNoAsc();
	}

	public List<Cadre> cadresOf(String unitCode) {
		return cadres.findByUnitCodeOrderByCadreNoAsc(unitCode);
	}

	/** The unit and every unit below it: the data scope of a unit role (SPEC §1). */
	public Set<String> subtreeCodes(String unitCode) {
		Map<String, List<String>> children = units.findAll().stream()
			.filter(u -> u.getParentCode() != null)
			.collect(Collectors.groupingBy(Unit::getParentCode, Collectors.mapping(Unit::getCode, Collectors.toList())));
		Set<String> result = new LinkedHashSet<>();
		Deque<String> todo = new ArrayDeque<>();
		if (units.findByCode(unitCode).isPresent()) {
			todo.push(unitCode);
		}
		while (!todo.isEmpty()) {
			String code = todo.pop();
			if (result.add(code)) {
				children.getOrDefault(code, List.of()).forEach(todo::push);
			}
		}
		return result;
	}

	public long unitCount() {
		return units.count();
	}

	public long cadreCount() {
		return cadres.count();
	}
}
