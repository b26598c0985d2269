package org.ducha.grid.web;

import org.ducha.grid.GridRoute;

/** A row of the routing table; {@code areaUnitCode} "*" matches every area. */
record GridRouteResponse(Long id, String categoryCode, String areaUnitCode, String unitCode) {

	static GridRouteResponse of(GridRoute route) {
		return new GridRouteResponse(route.getId(), route.getCategoryCode(), route.getAreaUnitCode(), route.getUnitCode());
	}
}
