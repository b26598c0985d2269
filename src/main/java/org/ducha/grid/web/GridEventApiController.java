package org.ducha.grid.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ducha.calendar.TrafficLight;
import org.ducha.grid.GridEventFilter;
import org.ducha.grid.GridEvents;
import org.ducha.grid.GridRoutes;
import org.ducha.grid.GridStage;
import org.ducha.web.ListPage;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grid event endpoints ({@code /api/v1/grid-events}) and the routing table ({@code /api/v1/grid-routes}).
 * Reporting: a community's grid member or the office (honours {@code Idempotency-Key}); routing by hand and
 * rating: the office; reading: the office, the leaders and the units that see the event (else 404); the
 * routing table: kept by the SYSTEM_ADMIN.
 */
@RestController
@Tag(name = "Grid events")
class GridEventApiController {

	private final GridEvents events;
	private final GridRoutes routes;
	private final GridEventExport export;

	GridEventApiController(GridEvents events, GridRoutes routes, GridEventExport export) {
		this.events = events;
		this.routes = routes;
		this.export = export;
	}

	@PostMapping("/api/v1/grid-events")
	@Operation(summary = "Report a grid event; it is routed to the responsible department or waits for the office")
	ResponseEntity<GridEventResponse> create(@RequestBody GridEventRequests.Create body,
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(GridEventResponse.of(events.report(body.toNewGridEvent(), idempotencyKey)));
	}

	@GetMapping("/api/v1/grid-events")
	@Operation(summary = "The grid events the caller sees, newest first; ?format=xlsx streams the filtered list")
	ListPage<GridEventResponse> list(@RequestParam(required = false) GridStage stage,
			@RequestParam(required = false) TrafficLight light, @RequestParam(required = false) String areaUnitCode,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		return ListPage.of(events.search(new GridEventFilter(stage, light, areaUnitCode),
				PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 200))), GridEventResponse::of);
	}

	@GetMapping(path = "/api/v1/grid-events", params = "format=xlsx")
	void exportList(@RequestParam(required = false) GridStage stage, @RequestParam(required = false) TrafficLight light,
			@RequestParam(required = false) String areaUnitCode, HttpServletResponse response) throws IOException {
		export.respond(new GridEventFilter(stage, light, areaUnitCode), response);
	}

	@GetMapping("/api/v1/grid-events/{id}")
	@Operation(summary = "A grid event with its stage and assignment")
	GridEventResponse get(@PathVariable Long id) {
		return GridEventResponse.of(events.get(id));
	}

	@PostMapping("/api/v1/grid-events/{id}/route")
	@Operation(summary = "Route an event that waits for routing to a unit (office)")
	GridEventResponse route(@PathVariable Long id, @RequestBody GridEventRequests.Route body) {
		return GridEventResponse.of(events.route(id, body.unitCode()));
	}

	@PostMapping("/api/v1/grid-events/{id}/rating")
	@Operation(summary = "Rate the handling once the result is in (office): satisfied closes, unsatisfied returns")
	GridEventResponse rate(@PathVariable Long id, @RequestBody GridEventRequests.Rating body) {
		return GridEventResponse.of(events.rate(id, body.rating(), body.comment()));
	}

	@PostMapping("/api/v1/grid-events/{id}/coordination")
	@Operation(summary = "Ask other units to coordinate (the department handling the event)")
	GridEventResponse coordinate(@PathVariable Long id, @RequestBody GridEventRequests.Coordination body) {
		return GridEventResponse.of(events.requestCoordination(id, body.unitCodes(), body.note()));
	}

	@GetMapping("/api/v1/grid-routes")
	@Operation(summary = "The routing table: category x area -> department")
	List<GridRouteResponse> routes() {
		return routes.all().stream().map(GridRouteResponse::of).toList();
	}

	@PutMapping("/api/v1/grid-routes")
	@Operation(summary = "Set the department for a category and an area (\"*\" or none: every area)")
	GridRouteResponse putRoute(@RequestBody GridEventRequests.RouteRow body) {
		return GridRouteResponse.of(routes.put(body.categoryCode(), body.areaUnitCode(), body.unitCode()));
	}

	@PostMapping("/api/v1/grid-routes")
	@Operation(summary = "Same as PUT: create or change the row for a category and an area")
	GridRouteResponse postRoute(@RequestBody GridEventRequests.RouteRow body) {
		return putRoute(body);
	}

	@DeleteMapping("/api/v1/grid-routes/{id}")
	@Operation(summary = "Delete a row of the routing table")
	ResponseEntity<Void> deleteRoute(@PathVariable Long id) {
		routes.delete(id);
		return ResponseEntity.noContent().build();
	}
}
