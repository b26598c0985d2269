package org.ducha.grid.web;

import java.time.Instant;
import java.util.List;

import org.ducha.grid.GridRating;
import org.ducha.grid.NewGridEvent;

/** The request bodies of the grid event endpoints. */
final class GridEventRequests {

	private GridEventRequests() {
	}

	record Create(String areaUnitCode, String categoryCode, String place, String description, Instant reportedAt,
			List<String> photoIds) {

		NewGridEvent toNewGridEvent() {
			return new NewGridEvent(areaUnitCode, categoryCode, place, description, reportedAt, photoIds);
		}
	}

	record Route(String unitCode) {
	}

	record Rating(GridRating rating, String comment) {
	}

	record Coordination(List<String> unitCodes, String note) {
	}

	record RouteRow(String categoryCode, String areaUnitCode, String unitCode) {
	}
}
