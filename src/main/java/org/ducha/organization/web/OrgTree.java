package org.ducha.organization.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ducha.organization.Cadre;
import org.ducha.organization.CadreStatus;
import org.ducha.organization.Unit;

/** The org tree as the pages show it: each unit with its principal, its supervising leader and its cadres. */
record OrgTree(List<Node> roots, int unitCount, long cadreCount) {

	record Node(Unit unit, String principalName, String leaderName, long servingCadres, long allCadres,
			List<Node> children) {
	}

	static OrgTree of(List<Unit> units, List<Cadre> cadres) {
		Map<String, String> names = cadres.stream().collect(Collectors.toMap(Cadre::getCadreNo, Cadre::getName));
		Map<String, Long> serving = cadres.stream().filter(c -> c.getStatus() == CadreStatus.SERVING)
			.collect(Collectors.groupingBy(Cadre::getUnitCode, Collectors.counting()));
		Map<String, Long> all = cadres.stream().collect(Collectors.groupingBy(Cadre::getUnitCode, Collectors.counting()));
		Map<String, Unit> byCode = units.stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
		Map<String, List<Unit>> children = units.stream()
			.filter(u -> u.getParentCode() != null && byCode.containsKey(u.getParentCode()))
			.collect(Collectors.groupingBy(Unit::getParentCode));
		Comparator<Unit> order = Comparator.comparing((Unit u) -> u.getType().ordinal()).thenComparing(Unit::getCode);
		Set<String> placed = new HashSet<>();
		List<Node> roots = new ArrayList<>();
		units.stream().filter(u -> u.getParentCode() == null || !byCode.containsKey(u.getParentCode())).sorted(order)
			.forEach(u -> roots.add(node(u, children, names, serving, all, order, placed)));
		units.stream().filter(u -> !placed.contains(u.getCode())).sorted(order)
			.forEach(u -> roots.add(node(u, children, names, serving, all, order, placed)));
		return new OrgTree(roots, units.size(), cadres.size());
	}

	private static Node node(Unit unit, Map<String, List<Unit>> children, Map<String, String> names,
			Map<String, Long> serving, Map<String, Long> all, Comparator<Unit> order, Set<String> placed) {
		placed.add(unit.getCode());
		List<Node> below = children.getOrDefault(unit.getCode(), List.of()).stream()
			.filter(c -> !placed.contains(c.getCode()))
			.sorted(order)
			.map(c -> node(c, children, names, serving, all, order, placed))
			.toList();
		return new Node(unit, names.get(unit.getPrincipalNo()), names.get(unit.getSupervisingLeaderNo()),
				serving.getOrDefault(unit.getCode(), 0L), all.getOrDefault(unit.getCode(), 0L), below);
	}
}
