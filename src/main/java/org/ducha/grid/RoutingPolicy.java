package org.ducha.grid;

import java.util.Collection;
import java.util.Optional;

/**
 * Which department a grid event goes to, from the routing table: the row for its category and its own area,
 * else the row for its category and any area ({@link GridRoute#ANY_AREA}); with neither, none — the event
 * then waits for the office to route it by hand, and is never dropped.
 */
final class RoutingPolicy {

	private RoutingPolicy() {
	}

	static Optional<String> departmentFor(String categoryCode, String areaUnitCode, Collection<GridRoute> routes) {
		Optional<GridRoute> exact = routes.stream()
			.filter(r -> r.getCategoryCode().equals(categoryCode) && r.getAreaUnitCode().equals(areaUnitCode))
			.findFirst();
		return exact.or(() -> routes.stream()
				.filter(r -> r.getCategoryCode().equals(categoryCode) && r.anyArea())
				.findFirst())
			.map(GridRoute::getUnitCode);
	}
}
